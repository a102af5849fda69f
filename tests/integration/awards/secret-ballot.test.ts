import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_ALPHABET } from "@/domain/ballot";
import { castBallotSchema, openBallotSchema } from "@/schemas/ballot/ballot";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { cancelBallot } from "@/server/mutations/ballot/cancel-ballot";
import { castBallot } from "@/server/mutations/ballot/cast-ballot";
import { closeBallot } from "@/server/mutations/ballot/close-ballot";
import { openBallot } from "@/server/mutations/ballot/open-ballot";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktIds } from "../members/world";

const AWARD = "CO_THI_DUA_UBND_TINH";
const MERIT = "BANG_KHEN_UBND_TINH";

// Issue 14: the secret ballot on a year created through the app (2025 from the demo's 2024, its
// mergers applied: six members), from opening to the stored tally.
describe.each(testBackends())("secret ballot on delegates' phones (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let yearId: string;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const secretariat = () => demo.user("thuky.ktkt");

  const open = async (candidates: [string, string][]) =>
    openBallot(
      t.prisma,
      secretariat(),
      openBallotSchema.parse({
        blocYearId: yearId,
        candidates: await Promise.all(
          candidates.map(async ([unit, award]) => `${await ids.unit(unit)}:${award}`),
        ),
      }),
    );
  const ballotOf = (ballotId: string) =>
    t.prisma.ballot.findUniqueOrThrow({
      where: { id: ballotId },
      select: {
        version: true,
        status: true,
        candidates: { orderBy: { position: "asc" }, select: { id: true, unitId: true, awardCode: true } },
        codes: { select: { code: true, used: true, unitId: true } },
      },
    });
  const cast = (code: string, choices: Record<string, string>) =>
    castBallot(t.prisma, castBallotSchema.parse({ code, choices }));
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => "accepted",
      (error: unknown) => (error instanceof UserFacingError ? error.message : String(error)),
    );

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    yearId = await createNextYearThroughApp(t.prisma, secretariat(), ids.y2024.id);
    await putYearsInStage(t.prisma, [yearId], "REVIEW");
    // Thresholds as a bloc sets them: more than half of the papers for both awards.
    const { rules } = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: yearId },
      select: { rules: true },
    });
    const document = rules as { awards: { ballotThreshold: number | null }[] };
    await t.prisma.blocYear.update({
      where: { id: yearId },
      data: {
        rules: { ...document, awards: document.awards.map((award) => ({ ...award, ballotThreshold: 5001 })) },
      },
    });
  }, 120_000);
  afterAll(() => t.close());

  it("counts six papers, refuses a spent, unknown or incomplete code, and stores the tallies with an audit", async () => {
    const { id } = await open([
      ["CT", AWARD],
      ["XD", MERIT],
    ]);
    const ballot = await ballotOf(id);
    // One code per member closing the year, all different, from the printable alphabet.
    expect(ballot.codes).toHaveLength(6);
    expect(new Set(ballot.codes.map((code) => code.code)).size).toBe(6);
    for (const { code } of ballot.codes) expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    expect(await reason(open([["CT", AWARD]]))).toMatch(/Đang có một cuộc bỏ phiếu mở/);

    const [ct, xd] = ballot.candidates.map((candidate) => candidate.id) as [string, string];
    const papers: [string, string][] = [
      ["AGREE", "AGREE"],
      ["AGREE", "DISAGREE"],
      ["AGREE", "ABSTAIN"],
      ["AGREE", "DISAGREE"],
      ["DISAGREE", "DISAGREE"],
    ];
    const codes = ballot.codes.map((code) => code.code);
    // A paper that leaves a candidate out is refused and does not spend the code.
    expect(await reason(cast(codes[0]!, { [ct]: "AGREE" }))).toBe("Vui lòng chọn ý kiến cho mỗi ứng viên.");
    for (const [index, [first, second]] of papers.entries())
      await cast(codes[index]!.toLowerCase(), { [ct]: first, [xd]: second });
    expect(await reason(cast(codes[0]!, { [ct]: "AGREE", [xd]: "AGREE" }))).toMatch(/đã được dùng/);
    expect(await reason(cast("ZZZZ-ZZZZ", { [ct]: "AGREE", [xd]: "AGREE" }))).toMatch(
      /Mã bỏ phiếu không đúng/,
    );
    expect((await ballotOf(id)).codes.filter((code) => code.used)).toHaveLength(5);

    const outcome = await closeBallot(t.prisma, secretariat(), { ballotId: id, version: ballot.version });
    expect(outcome).toMatchObject({ electorate: 6, papers: 5, quorumMet: true });
    expect(outcome.candidates).toMatchObject([
      { candidateId: ct, agree: 4, disagree: 1, abstain: 0, passed: true },
      { candidateId: xd, agree: 1, disagree: 3, abstain: 1, passed: false },
    ]);
    const tallies = await t.prisma.ballotTally.findMany({
      where: { blocYearId: yearId },
      select: { unitId: true, awardCode: true, votesFor: true, votersPresent: true },
      orderBy: { awardCode: "asc" },
    });
    expect(tallies).toEqual([
      { unitId: await ids.unit("XD"), awardCode: MERIT, votesFor: 1, votersPresent: 5 },
      { unitId: await ids.unit("CT"), awardCode: AWARD, votesFor: 4, votersPresent: 5 },
    ]);
    const audit = await t.prisma.auditEvent.findMany({
      where: { blocYearId: yearId, entity: { in: ["Ballot", "BallotTally"] } },
      select: { entity: true, field: true, newValue: true },
    });
    expect(audit.filter((line) => line.entity === "BallotTally")).toHaveLength(4);
    expect(String(audit.find((line) => line.field === "result")?.newValue)).toMatch(
      /^5\/6 đơn vị bỏ phiếu\./,
    );
    // Closed: the sixth code no longer votes; a second close is a conflict.
    expect(await reason(cast(codes[5]!, { [ct]: "AGREE", [xd]: "AGREE" }))).toMatch(/đã kết thúc/);
    expect(
      await reason(closeBallot(t.prisma, secretariat(), { ballotId: id, version: ballot.version })),
    ).toMatch(/vừa được người khác/);
  });

  it("keeps no link from a vote to a code: papers and votes hold no code, unit or time, and random ids", async () => {
    const columns = await t.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_name IN ('BallotPaper', 'BallotVote') ORDER BY table_name, column_name`;
    expect(columns.map((column) => `${column.table_name}.${column.column_name}`)).toEqual([
      "BallotPaper.ballotId",
      "BallotPaper.id",
      "BallotVote.candidateId",
      "BallotVote.choice",
      "BallotVote.id",
      "BallotVote.paperId",
    ]);
    const papers = await t.prisma.ballotPaper.findMany({ select: { id: true } });
    expect(papers.length).toBeGreaterThan(0);
    for (const { id } of papers)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("lets one of two papers cast at once with the same code through", async () => {
    const { id } = await open([["CT", AWARD]]);
    const ballot = await ballotOf(id);
    const choices = { [ballot.candidates[0]!.id]: "AGREE" };
    const code = ballot.codes[0]!.code;
    const answers = await Promise.all([reason(cast(code, choices)), reason(cast(code, choices))]);
    expect(answers.filter((answer) => answer === "accepted")).toHaveLength(1);
    expect(await t.prisma.ballotPaper.count({ where: { ballotId: id } })).toBe(1);
    const openCheck = async () =>
      (await getPublishChecklist(t.prisma, { blocYearId: yearId, asOf: "2026-01-15" })).find(
        (item) => item.code === "ballotOpen",
      );
    expect(await openCheck()).toMatchObject({ open: true, severity: "blocking" });
    // One paper of six misses the quorum of two thirds: nothing is stored over the earlier tally.
    const outcome = await closeBallot(t.prisma, secretariat(), { ballotId: id, version: ballot.version });
    expect(outcome.quorumMet).toBe(false);
    expect(await openCheck()).toMatchObject({ open: false });
    const tally = await t.prisma.ballotTally.findFirstOrThrow({
      where: { blocYearId: yearId, awardCode: AWARD },
      select: { votesFor: true, votersPresent: true },
    });
    expect(tally).toEqual({ votesFor: 4, votersPresent: 5 });
  });

  it("cancels with a reason: the codes stop working, and the ballot can be run again", async () => {
    const { id } = await open([["CT", AWARD]]);
    const ballot = await ballotOf(id);
    await expect(
      cancelBallot(t.prisma, secretariat(), {
        ballotId: id,
        version: ballot.version,
        reason: "Sai danh sách ứng viên",
      }),
    ).resolves.toBeUndefined();
    expect(await reason(cast(ballot.codes[0]!.code, { [ballot.candidates[0]!.id]: "AGREE" }))).toMatch(
      /đã bị hủy/,
    );
    const line = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, field: "status" },
      select: { reason: true, newValue: true },
    });
    expect(line).toEqual({ reason: "Sai danh sách ứng viên", newValue: "Đã hủy" });
    await expect(open([["CT", AWARD]])).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("refuses to open a ballot for a leader, or a candidate who is not a member", async () => {
    const leader = demo.user("lanhdao.tnmt");
    const input = openBallotSchema.parse({
      blocYearId: yearId,
      candidates: [`${await ids.unit("CT")}:${AWARD}`],
    });
    await expect(openBallot(t.prisma, leader, input)).rejects.toBeInstanceOf(ForbiddenError);
    const running = await t.prisma.ballot.findFirstOrThrow({
      where: { blocYearId: yearId, status: "OPEN" },
      select: { id: true, version: true },
    });
    await cancelBallot(t.prisma, secretariat(), {
      ballotId: running.id,
      version: running.version,
      reason: "Thử lại",
    });
    // TNMT merged into NNMT at the end of 2024: it has no seat in 2025.
    expect(
      await reason(
        openBallot(
          t.prisma,
          secretariat(),
          openBallotSchema.parse({ blocYearId: yearId, candidates: [`${await ids.unit("TNMT")}:${AWARD}`] }),
        ),
      ),
    ).toBe("Ứng viên phải là thành viên của khối đến cuối năm.");
  });
});
