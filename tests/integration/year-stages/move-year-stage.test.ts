import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { YearStage } from "@/domain/year-stages";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import { addMemberSchema } from "@/schemas/members/membership";
import { moveYearStageSchema } from "@/schemas/year-stages/move-year-stage";
import { ConflictError, ForbiddenError, PublishedYearError, StageRefusedError } from "@/server/errors";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { addMember } from "@/server/mutations/members/add-member";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { openCorrection } from "@/server/mutations/publishing/open-correction";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { setScoreTableScale } from "@/server/mutations/score-table/set-score-table-scale";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { overrideReasonsFor, readyToPublish } from "../../support/publish-checklist";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { FORBIDDEN_USERS, ktktIds } from "../members/world";
import { tableInForce } from "../score-table/score-table-support";

// Moving forward needs no reason; every move back does, and keeps it in the audit log.
const WALK: { from: YearStage; to: YearStage; reason?: string }[] = [
  { from: "DRAFT", to: "ACTIVE" },
  { from: "ACTIVE", to: "DRAFT", reason: "Bổ sung đơn vị thành viên theo quyết định của UBND tỉnh" },
  { from: "DRAFT", to: "ACTIVE" },
  { from: "ACTIVE", to: "SCORING" },
  { from: "SCORING", to: "ACTIVE", reason: "Sửa điểm tối đa mục II.3 theo quy chế sửa đổi" },
  { from: "ACTIVE", to: "SCORING" },
  { from: "SCORING", to: "REVIEW" },
  { from: "REVIEW", to: "SCORING", reason: "Sở Xây dựng đề nghị xem lại điểm mục II.1" },
  { from: "SCORING", to: "REVIEW" },
];

// From a new year (DRAFT): no skipping ahead, no publishing or correcting from the overview.
const REFUSED_FROM_DRAFT: YearStage[] = ["DRAFT", "SCORING", "REVIEW", "PUBLISHED", "CORRECTING"];

describe.each(testBackends())("moving a year created through the app between stages (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let yearId: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const year = () =>
    t.prisma.blocYear.findUniqueOrThrow({
      where: { id: yearId },
      select: { id: true, status: true, version: true },
    });
  const stageEvents = () =>
    t.prisma.auditEvent.findMany({
      where: { blocYearId: yearId, entity: "BlocYear", field: "status" },
      orderBy: { at: "asc" },
      select: { actorId: true, action: true, oldValue: true, newValue: true, reason: true, at: true },
    });
  const move = async (to: YearStage, reason?: string, user = secretariat()) => {
    const { version } = await year();
    return moveYearStage(t.prisma, user, { blocYearId: yearId, version, to, reason });
  };
  const unchanged = async (work: () => Promise<unknown>, error: new (...args: never[]) => Error) => {
    const before = { year: await year(), events: (await stageEvents()).length };
    await expect(work()).rejects.toBeInstanceOf(error);
    expect({ year: await year(), events: (await stageEvents()).length }).toEqual(before);
  };
  const tally = async (votesFor: number) => {
    const unitId = (await t.prisma.membership.findFirstOrThrow({ where: { blocYearId: yearId } })).unitId;
    const existing = await t.prisma.ballotTally.findFirst({ where: { blocYearId: yearId, unitId } });
    return saveBallotTally(t.prisma, secretariat(), {
      blocYearId: yearId,
      unitId,
      awardCode: "BANG_KHEN_UBND_TINH",
      votesFor,
      // The members that close 2025: six after the mergers of 01/03, and TN1 added below.
      votersPresent: 7,
      version: existing?.version ?? 0,
    });
  };
  const newMember = (code: string) =>
    addMember(
      t.prisma,
      secretariat(),
      addMemberSchema.parse({
        mode: "new",
        blocYearId: yearId,
        joinedOn: "2025-07-01",
        name: `Sở thử nghiệm ${code}`,
        shortName: code,
        code,
      }),
    );

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const ids = await ktktIds(t.prisma, demo);
    yearId = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id })).id;
  });
  afterAll(() => t.close());

  it("keeps the stages and the database's statuses the same set", () => {
    expectTypeOf<BlocYearStatus>().toEqualTypeOf<YearStage>();
  });

  it("creates the next year in preparation: its set-up is open, scoring and ballots are not", async () => {
    expect((await year()).status).toBe("DRAFT");
    await newMember("TN1");
    await expect(tally(5)).rejects.toThrow(
      "Năm thi đua đang ở giai đoạn “Đang chuẩn bị”: không thể nhập kết quả bỏ phiếu và đề nghị khen thưởng.",
    );
  });

  it.each(REFUSED_FROM_DRAFT)("refuses DRAFT → %s from the overview, changing nothing", async (to) => {
    await unchanged(() => move(to, "Lý do bất kỳ"), StageRefusedError);
  });

  it.each(FORBIDDEN_USERS)("refuses any move to %s, changing nothing", async (username) => {
    await unchanged(() => move("ACTIVE", undefined, demo.user(username)), ForbiddenError);
  });

  it("refuses a move from a page showing an older version", async () => {
    const { version } = await year();
    await unchanged(
      () =>
        moveYearStage(t.prisma, secretariat(), { blocYearId: yearId, version: version + 1, to: "ACTIVE" }),
      ConflictError,
    );
  });

  it("parses the action's form: a known stage, a reason only when given", () => {
    const base = { blocYearId: yearId, version: "3" };
    expect(moveYearStageSchema.safeParse({ ...base, to: "ACTIVE" }).data).toEqual({
      blocYearId: yearId,
      version: 3,
      to: "ACTIVE",
    });
    expect(moveYearStageSchema.safeParse({ ...base, to: "FINISHED" }).success).toBe(false);
    expect(moveYearStageSchema.safeParse({ ...base, to: "DRAFT", reason: "  " }).success).toBe(false);
    expect(moveYearStageSchema.safeParse({ ...base, to: "DRAFT", reason: " Sai sót " }).data?.reason).toBe(
      "Sai sót",
    );
  });

  it("refuses to start scoring while the table's sections and its scale disagree, then starts once they agree", async () => {
    const scale = async (maxPoints: number) => {
      const table = await tableInForce(t.prisma, yearId);
      const { title } = await t.prisma.scoreTable.findUniqueOrThrow({ where: { id: table.id } });
      await setScoreTableScale(t.prisma, secretariat(), {
        scoreTableId: table.id,
        revision: table.revision,
        title,
        maxPoints,
      });
    };
    await move("ACTIVE");
    await scale(100000);
    await unchanged(() => move("SCORING"), StageRefusedError);
    await expect(move("SCORING")).rejects.toThrow(
      "Chưa thể bắt đầu chấm điểm: Tổng điểm các mục (100,00 điểm) chưa bằng thang điểm (1.000,00 điểm). Sửa bảng điểm ở mục “Bảng điểm & quy tắc” cho hai con số khớp nhau.",
    );
    await scale(10000);
    await move("DRAFT", "Trở lại để đi đúng trình tự của bài kiểm tra dưới đây");
  });

  it.each(WALK)(
    "moves $from → $to, audited with who, when, from, to and why",
    async ({ from, to, reason }) => {
      const before = await year();
      expect(before.status).toBe(from);
      if (reason) await unchanged(() => move(to), StageRefusedError);
      const started = new Date();
      expect(await move(to, reason)).toEqual({ status: to, version: before.version + 1 });
      expect(await year()).toMatchObject({ status: to, version: before.version + 1 });
      const event = (await stageEvents()).at(-1)!;
      expect(event).toMatchObject({
        actorId: secretariat().id,
        action: reason ? "stageBack" : "stageForward",
        oldValue: from,
        newValue: to,
        reason: reason ?? null,
      });
      expect(event.at.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
    },
  );

  it("in scoring, takes ballots but no longer members", async () => {
    await move("SCORING", "Bỏ phiếu bổ sung");
    await tally(6);
    await expect(newMember("TN2")).rejects.toBeInstanceOf(StageRefusedError);
    await move("REVIEW");
  });

  it("publishes only from the publish tab, then allows nothing but a correction", async () => {
    await unchanged(() => move("PUBLISHED"), StageRefusedError);
    await expect(move("PUBLISHED")).rejects.toThrow("“Công bố kết quả” được thực hiện ở mục Công bố.");
    const review = await year();
    const overrideReasons = await readyToPublish(t.prisma, { blocYearId: yearId });
    await publishYear(t.prisma, secretariat(), {
      blocYearId: yearId,
      version: review.version,
      overrideReasons,
    });
    expect((await year()).status).toBe("PUBLISHED");
    for (const to of ["REVIEW", "CORRECTING", "SCORING"] as const)
      await unchanged(() => move(to, "Sai sót"), StageRefusedError);
    await expect(tally(7)).rejects.toBeInstanceOf(PublishedYearError);
  });

  it("a correction reopens results only and is published as the next snapshot", async () => {
    const published = await year();
    await openCorrection(t.prisma, secretariat(), {
      blocYearId: yearId,
      version: published.version,
      reason: "Nhập sót phiếu bầu Bằng khen",
    });
    expect((await year()).status).toBe("CORRECTING");
    await unchanged(() => move("PUBLISHED"), StageRefusedError);
    await tally(7);
    await expect(newMember("TN3")).rejects.toBeInstanceOf(StageRefusedError);
    const correcting = await year();
    const snapshot = await publishYear(t.prisma, secretariat(), {
      blocYearId: yearId,
      version: correcting.version,
      overrideReasons: await overrideReasonsFor(t.prisma, { blocYearId: yearId }),
    });
    expect(snapshot.number).toBe(2);
    expect(
      (await stageEvents()).map((event) => `${event.oldValue as string}→${event.newValue as string}`),
    ).toEqual([
      "DRAFT→ACTIVE", // and back, around the refused start of scoring
      "ACTIVE→DRAFT",
      ...WALK.map((step) => `${step.from}→${step.to}`),
      "REVIEW→SCORING",
      "SCORING→REVIEW",
      "REVIEW→PUBLISHED",
      "PUBLISHED→CORRECTING",
      "CORRECTING→PUBLISHED",
    ]);
  });
});
