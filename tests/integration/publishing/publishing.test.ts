import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import { openCorrectionSchema, publishYearSchema } from "@/schemas/publishing/publishing";
import { ConflictError, ForbiddenError, PublishedYearError, UserFacingError } from "@/server/errors";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { openCorrection } from "@/server/mutations/publishing/open-correction";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { listSnapshots } from "@/server/queries/publishing/list-snapshots";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { FORBIDDEN_USERS, ktktYear } from "../awards/awards-world";
import { overrideReasonsFor, readyToPublish } from "../../support/publish-checklist";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe.each(testBackends())("publishing and corrections (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const secretariat = () => demo.user("thuky.ktkt");
  const year = (y: number) => ktktYear(t.prisma, demo, y);
  const state = async (y: number) => {
    const row = await year(y);
    return {
      status: row.status,
      version: row.version,
      snapshots: await t.prisma.resultSnapshot.count({ where: { blocYearId: row.id } }),
    };
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it.each(FORBIDDEN_USERS)("refuses publishing and reopening to %s, changing nothing", async (username) => {
    const y = await year(2023);
    const before = await state(2023);
    await expect(
      publishYear(t.prisma, demo.user(username), { blocYearId: y.id, version: y.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      openCorrection(t.prisma, demo.user(username), {
        blocYearId: y.id,
        version: y.version,
        reason: "Sai điểm",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await state(2023)).toEqual(before);
  });

  it("refuses to publish a year still being scored, naming the stage that allows it", async () => {
    const y = await year(2024);
    await expect(
      publishYear(t.prisma, secretariat(), { blocYearId: y.id, version: y.version }),
    ).rejects.toThrow(
      "Năm thi đua đang ở giai đoạn “Đang chấm điểm”: không thể công bố kết quả. Việc này chỉ làm được khi năm ở giai đoạn “Chờ công bố” hoặc “Đang đính chính”",
    );
    expect(await state(2024)).toMatchObject({ status: "SCORING", snapshots: 0 });
  });

  it("refuses a stale version and reopening a year not yet published", async () => {
    // The demo's 2023 was published by the seed; 2024 is the year the bloc now takes to review.
    const scoring = await year(2024);
    await moveYearStage(t.prisma, secretariat(), {
      blocYearId: scoring.id,
      version: scoring.version,
      to: "REVIEW",
    });
    const y = await year(2024);
    await expect(
      publishYear(t.prisma, secretariat(), { blocYearId: y.id, version: y.version + 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      openCorrection(t.prisma, secretariat(), { blocYearId: y.id, version: y.version, reason: "Sai điểm" }),
    ).rejects.toThrow("Chỉ mở đính chính");
  });

  it("publishes snapshot 1 whose stored content hashes to its hash, then refuses every write", async () => {
    const y = await year(2024);
    const overrideReasons = await readyToPublish(t.prisma, { blocYearId: y.id });
    const published = await publishYear(t.prisma, secretariat(), {
      blocYearId: y.id,
      version: y.version,
      overrideReasons,
    });
    expect(published.number).toBe(1);
    const snapshot = await getLatestSnapshot(t.prisma, y.id);
    expect(snapshot).toMatchObject({ number: 1, reason: null, contentHash: published.contentHash });
    expect(sha256(canonicalJson(snapshot!.content))).toBe(published.contentHash);
    expect(snapshot!.content).toMatchObject({ year: 2024, number: 1, bloc: { code: "KTKT" } });
    expect(snapshot!.content.result.units).toHaveLength(8);
    expect(snapshot!.content.members).toHaveLength(8);
    expect((await year(2024)).status).toBe("PUBLISHED");
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { blocYearId: y.id, field: "status", action: "publish" },
    });
    expect(audit).toMatchObject({ actorId: secretariat().id, oldValue: "REVIEW", newValue: "PUBLISHED" });
    const write = {
      blocYearId: y.id,
      unitId: y.unitIds[0]!,
      awardCode: "BANG_KHEN_UBND_TINH",
      votesFor: 1,
      votersPresent: 8,
      version: 0,
    };
    await expect(saveBallotTally(t.prisma, secretariat(), write)).rejects.toBeInstanceOf(PublishedYearError);
  });

  it("lets the database refuse any change to a snapshot", async () => {
    const snapshot = await getLatestSnapshot(t.prisma, (await year(2024)).id);
    await expect(
      t.prisma.resultSnapshot.update({ where: { id: snapshot!.id }, data: { reason: "sửa lén" } }),
    ).rejects.toThrow();
    await expect(t.prisma.resultSnapshot.delete({ where: { id: snapshot!.id } })).rejects.toThrow();
  });

  it("refuses a correction without a reason", () => {
    expect(
      openCorrectionSchema.safeParse({ blocYearId: "abc", version: "2", reason: "   " }).error?.issues[0]
        ?.message,
    ).toBe("Vui lòng nhập lý do đính chính.");
  });

  it("opens a correction with a reason, allows writes, and publishes snapshot 2 carrying the reason", async () => {
    let y = await year(2024);
    const reason = "Cộng sót 2 điểm thưởng của Sở Xây dựng";
    await openCorrection(t.prisma, secretariat(), { blocYearId: y.id, version: y.version, reason });
    const reopened = await t.prisma.auditEvent.findFirstOrThrow({
      where: { blocYearId: y.id, action: "reopen", field: "status" },
    });
    expect(reopened).toMatchObject({ oldValue: "PUBLISHED", newValue: "CORRECTING", reason });
    await saveBallotTally(t.prisma, secretariat(), {
      blocYearId: y.id,
      unitId: y.unitIds[0]!,
      awardCode: "BANG_KHEN_UBND_TINH",
      votesFor: 5,
      votersPresent: 8,
      version: 0,
    });
    y = await year(2024);
    const overrideReasons = await overrideReasonsFor(t.prisma, { blocYearId: y.id });
    await publishYear(t.prisma, secretariat(), { blocYearId: y.id, version: y.version, overrideReasons });
    const list = await listSnapshots(t.prisma, y.id);
    expect(list.map((s) => [s.number, s.reason, s.intact])).toEqual([
      [2, reason, true],
      [1, null, true],
    ]);
    const latest = await getLatestSnapshot(t.prisma, y.id);
    expect(latest!.content.ballotTallies).toEqual([
      { unitId: y.unitIds[0], awardCode: "BANG_KHEN_UBND_TINH", votesFor: 5, votersPresent: 8 },
    ]);
    expect(
      await t.prisma.blocYear.findUniqueOrThrow({
        where: { id: y.id },
        select: { status: true, correctionReason: true },
      }),
    ).toEqual({ status: "PUBLISHED", correctionReason: null });
  });

  it("publishing twice at the same time gives one snapshot and one clear refusal", async () => {
    // The seeded 2023 (snapshot 1) under correction: two publishers send its correction at once.
    const published = await year(2023);
    await openCorrection(t.prisma, secretariat(), {
      blocYearId: published.id,
      version: published.version,
      reason: "Đính chính lỗi chính tả trong biên bản",
    });
    const y = await year(2023);
    const overrideReasons = await overrideReasonsFor(t.prisma, { blocYearId: y.id });
    const outcomes = await Promise.allSettled(
      [1, 2].map(() =>
        publishYear(t.prisma, secretariat(), { blocYearId: y.id, version: y.version, overrideReasons }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(UserFacingError);
    expect(await state(2023)).toMatchObject({ status: "PUBLISHED", snapshots: 2 });
  });

  it("survives fuzzed input to both actions: snapshots numbered 1..n, status and snapshots agree", async () => {
    const ids = [(await year(2023)).id, (await year(2024)).id];
    const invariant = async () => {
      for (const id of ids) {
        const snapshots = await t.prisma.resultSnapshot.findMany({
          where: { blocYearId: id },
          orderBy: { number: "asc" },
          select: { number: true },
        });
        expect(snapshots.map((s) => s.number)).toEqual(snapshots.map((_, index) => index + 1));
        const { status } = await t.prisma.blocYear.findUniqueOrThrow({
          where: { id },
          select: { status: true },
        });
        expect(snapshots.length > 0 || status !== "PUBLISHED").toBe(true);
      }
    };
    const blocYearId = fc.oneof(fc.constantFrom(...ids), nastyString);
    const version = fc.oneof(fc.integer({ min: 0, max: 8 }).map(String), nastyString);
    await fuzzAction({
      schema: openCorrectionSchema,
      inputs: fc.record({ blocYearId, version, reason: nastyString }),
      run: (input) => openCorrection(t.prisma, secretariat(), input),
      invariant,
      numRuns: 40,
    });
    await fuzzAction({
      schema: publishYearSchema,
      inputs: fc.record({ blocYearId, version }),
      run: (input) => publishYear(t.prisma, secretariat(), input),
      invariant,
      numRuns: 40,
    });
  });
});
