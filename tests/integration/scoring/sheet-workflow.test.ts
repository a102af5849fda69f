import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { returnScoreSheetSchema, scoreSheetRefSchema } from "@/schemas/scoring/review-score-sheet";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import {
  approveScoreSheet,
  returnScoreSheet,
  submitScoreSheet,
} from "@/server/mutations/scoring/review-score-sheet";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { scoringWorld, secretariatOfUnit } from "./scoring-world";

describe.each(testBackends())("the self-score sheet: submit, return, approve (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: Awaited<ReturnType<typeof scoringWorld>>;
  const sheet = () =>
    t.prisma.scoreSheet.findFirstOrThrow({
      where: { blocYearId: w.blocYearId, unitId: w.tnmt, stage: "SELF" },
      select: { id: true, version: true, status: true, returnReason: true },
    });
  const leader = () => demo.user("lanhdao.tnmt");
  const selfCell = (code: string, points: string, version = 0) =>
    saveScoreCellSchema.parse({ unitId: w.tnmt, criterionId: w.leaf(code), stage: "SELF", points, version });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await scoringWorld(t.prisma, demo);
    await saveScoreCell(t.prisma, leader(), selfCell("II.1", "7"));
  });
  afterAll(() => t.close());

  it.each(["thuky.ktkt", "thuky.vhxh", "xem.ktkt"])(
    "refuses %s the submission of TN&MT's sheet",
    async (username) => {
      const before = await sheet();
      await expect(
        submitScoreSheet(t.prisma, demo.user(username), { sheetId: before.id, version: before.version }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await sheet()).toEqual(before);
    },
  );

  it("lets the leader submit; the sheet is then locked against edits", async () => {
    const before = await sheet();
    await expect(
      submitScoreSheet(t.prisma, leader(), { sheetId: before.id, version: before.version }),
    ).resolves.toMatchObject({ status: "SUBMITTED", version: before.version + 1 });
    await expect(saveScoreCell(t.prisma, leader(), selfCell("II.2", "5"))).rejects.toThrow("đã nộp");
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: before.id, field: "status" },
    });
    expect(audit).toMatchObject({
      action: "submit",
      oldValue: "DRAFT",
      newValue: "SUBMITTED",
      actorId: leader().id,
    });
  });

  it.each(["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"])(
    "refuses %s the review of the sheet",
    async (username) => {
      const before = await sheet();
      await expect(
        approveScoreSheet(t.prisma, demo.user(username), { sheetId: before.id, version: before.version }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        returnScoreSheet(t.prisma, demo.user(username), {
          sheetId: before.id,
          version: before.version,
          reason: "Thiếu minh chứng",
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await sheet()).toEqual(before);
    },
  );

  it("refuses a reviewer who works in the sheet's own unit", async () => {
    const officer = await secretariatOfUnit(t.prisma, demo, w.tnmt);
    const before = await sheet();
    await expect(
      approveScoreSheet(t.prisma, officer, { sheetId: before.id, version: before.version }),
    ).rejects.toThrow("chính đơn vị mình");
    expect(await sheet()).toEqual(before);
  });

  it("lets the secretariat return it with a reason the leader sees; the leader fixes it and submits again", async () => {
    const secretariat = demo.user("thuky.ktkt");
    const submitted = await sheet();
    await returnScoreSheet(t.prisma, secretariat, {
      sheetId: submitted.id,
      version: submitted.version,
      reason: "Thiếu minh chứng tiêu chí II.1",
    });
    expect(await sheet()).toMatchObject({
      status: "RETURNED",
      returnReason: "Thiếu minh chứng tiêu chí II.1",
    });
    const line = await t.prisma.scoreLine.findFirstOrThrow({
      where: { sheetId: submitted.id },
      select: { version: true },
    });
    await saveScoreCell(t.prisma, leader(), {
      ...selfCell("II.1", "6,5", line.version),
      evidenceUrl: "https://tnmt.yenbai.gov.vn/kh",
    });
    const returned = await sheet();
    await submitScoreSheet(t.prisma, leader(), { sheetId: returned.id, version: returned.version });
    const resubmitted = await sheet();
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", returnReason: null });
    await approveScoreSheet(t.prisma, secretariat, { sheetId: resubmitted.id, version: resubmitted.version });
    expect((await sheet()).status).toBe("APPROVED");
    const statuses = await t.prisma.auditEvent.findMany({
      where: { entityId: submitted.id, field: "status" },
      select: { newValue: true },
    });
    expect(statuses.map((event) => event.newValue).sort()).toEqual([
      "APPROVED",
      "RETURNED",
      "SUBMITTED",
      "SUBMITTED",
    ]);
  });

  it("refuses a second review of an approved sheet and a stale version", async () => {
    const approved = await sheet();
    await expect(
      approveScoreSheet(t.prisma, demo.user("thuky.ktkt"), {
        sheetId: approved.id,
        version: approved.version,
      }),
    ).rejects.toThrow("Chỉ duyệt được phiếu đã nộp");
    await expect(
      submitScoreSheet(t.prisma, leader(), { sheetId: approved.id, version: approved.version - 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("of two simultaneous reviews exactly one wins", async () => {
    const gtvtLeader = {
      ...leader(),
      id: (await secretariatOfUnit(t.prisma, demo, w.gtvt)).id,
      grants: [
        { kind: "AGENCY_LEADER" as const, provinceId: leader().provinceId, blocId: null, unitId: w.gtvt },
      ],
    };
    await saveScoreCell(
      t.prisma,
      gtvtLeader,
      saveScoreCellSchema.parse({
        unitId: w.gtvt,
        criterionId: w.leaf("II.1"),
        stage: "SELF",
        points: "7",
        version: 0,
      }),
    );
    const draft = await t.prisma.scoreSheet.findFirstOrThrow({
      where: { blocYearId: w.blocYearId, unitId: w.gtvt, stage: "SELF" },
      select: { id: true, version: true },
    });
    await submitScoreSheet(t.prisma, gtvtLeader, { sheetId: draft.id, version: draft.version });
    const secretariat = demo.user("thuky.ktkt");
    const outcomes = await Promise.allSettled([
      approveScoreSheet(t.prisma, secretariat, { sheetId: draft.id, version: draft.version + 1 }),
      returnScoreSheet(t.prisma, secretariat, {
        sheetId: draft.id,
        version: draft.version + 1,
        reason: "Xem lại",
      }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ConflictError);
  });

  it("refuses every sheet change once the year is published", async () => {
    const current = await t.prisma.scoreSheet.findFirstOrThrow({
      where: { blocYearId: w.blocYearId, unitId: w.gtvt, stage: "SELF" },
      select: { id: true, version: true },
    });
    await t.prisma.blocYear.update({ where: { id: w.blocYearId }, data: { status: "PUBLISHED" } });
    try {
      await expect(
        approveScoreSheet(t.prisma, demo.user("thuky.ktkt"), {
          sheetId: current.id,
          version: current.version,
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
      const own = await sheet();
      await expect(
        submitScoreSheet(t.prisma, leader(), { sheetId: own.id, version: own.version }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    } finally {
      await t.prisma.blocYear.update({ where: { id: w.blocYearId }, data: { status: "ACTIVE" } });
    }
  });

  it.each([
    [scoreSheetRefSchema, { sheetId: "", version: 1 }],
    [scoreSheetRefSchema, { sheetId: "s", version: 0 }],
    [returnScoreSheetSchema, { sheetId: "s", version: 1, reason: "   " }],
    [returnScoreSheetSchema, { sheetId: "s", version: 1, reason: "x".repeat(1001) }],
  ])("rejects bad input %#", (schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
