import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveScoreCellSchema, type SaveScoreCellInput } from "@/schemas/scoring/save-score-cell";
import { ForbiddenError, PublishedYearError, UserFacingError } from "@/server/errors";
import { ScoreCellConflictError } from "@/server/mutations/scoring/score-cell-conflict";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { lineOf, scoringWorld, secretariatOfUnit } from "./scoring-world";

describe.each(testBackends())("saving one score cell (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: Awaited<ReturnType<typeof scoringWorld>>;
  const cell = (overrides: Partial<Record<keyof SaveScoreCellInput, unknown>>): SaveScoreCellInput =>
    saveScoreCellSchema.parse({
      unitId: w.gtvt,
      criterionId: w.leaf("II.1"),
      stage: "CROSS_CHECK",
      points: "7,5",
      version: 0,
      ...overrides,
    });
  const audits = () => t.prisma.auditEvent.count({ where: { entity: "ScoreLine" } });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await scoringWorld(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("lets the secretariat create a cross-check cell, then update it, auditing old → new", async () => {
    const user = demo.user("thuky.ktkt");
    const created = await saveScoreCell(
      t.prisma,
      user,
      cell({ explanation: "Có kế hoạch số 12/KH", evidenceUrl: "https://vb.yenbai.gov.vn/12" }),
    );
    expect(created).toMatchObject({
      version: 1,
      points: 750,
      explanation: "Có kế hoạch số 12/KH",
      sheet: { status: "DRAFT" },
    });
    const updated = await saveScoreCell(
      t.prisma,
      user,
      cell({ points: "8", version: 1, explanation: "Có kế hoạch số 12/KH" }),
    );
    expect(updated).toMatchObject({ version: 2, points: 800, evidenceUrl: null });
    const line = await lineOf(t.prisma, {
      unitId: w.gtvt,
      criterionId: w.leaf("II.1"),
      stage: "CROSS_CHECK",
    });
    const events = await t.prisma.auditEvent.findMany({
      where: { entityId: line?.id },
      select: { action: true, field: true, oldValue: true, newValue: true, actorId: true },
    });
    // One transaction stamps its events with one time: compare as a set.
    expect(events).toHaveLength(5);
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "create", field: "points", oldValue: null, newValue: 750, actorId: user.id },
        {
          action: "create",
          field: "explanation",
          oldValue: null,
          newValue: "Có kế hoạch số 12/KH",
          actorId: user.id,
        },
        {
          action: "create",
          field: "evidenceUrl",
          oldValue: null,
          newValue: "https://vb.yenbai.gov.vn/12",
          actorId: user.id,
        },
        { action: "update", field: "points", oldValue: 750, newValue: 800, actorId: user.id },
        {
          action: "update",
          field: "evidenceUrl",
          oldValue: "https://vb.yenbai.gov.vn/12",
          newValue: null,
          actorId: user.id,
        },
      ]),
    );
    // The log names the cell in words, as it was when changed: criterion, stage, unit.
    const subjects = await t.prisma.auditEvent.findMany({
      where: { entityId: line?.id },
      select: { subject: true },
    });
    expect(new Set(subjects.map((event) => event.subject))).toEqual(
      new Set(["II.1 · Kiểm tra chéo · Sở Giao thông vận tải"]),
    );
  });

  it("clears a cell with a blank value and audits the removal", async () => {
    const user = demo.user("thuky.ktkt");
    const saved = await saveScoreCell(t.prisma, user, cell({ criterionId: w.leaf("II.2"), points: "5" }));
    await saveScoreCell(
      t.prisma,
      user,
      cell({ criterionId: w.leaf("II.2"), points: "", version: saved.version }),
    );
    expect(
      await lineOf(t.prisma, { unitId: w.gtvt, criterionId: w.leaf("II.2"), stage: "CROSS_CHECK" }),
    ).toBeNull();
    expect(
      await t.prisma.auditEvent.count({
        where: { action: "delete", field: "points", oldValue: { equals: 500 } },
      }),
    ).toBe(1);
  });

  it("lets the leader enter their own unit's self-score with explanation and evidence", async () => {
    const saved = await saveScoreCell(
      t.prisma,
      demo.user("lanhdao.tnmt"),
      cell({
        unitId: w.tnmt,
        stage: "SELF",
        points: "6",
        explanation: "Đã ký giao ước",
        evidenceUrl: "https://tnmt.yenbai.gov.vn/gu",
      }),
    );
    expect(saved).toMatchObject({
      points: 600,
      explanation: "Đã ký giao ước",
      evidenceUrl: "https://tnmt.yenbai.gov.vn/gu",
    });
  });

  it.each([
    ["thuky.vhxh", "CROSS_CHECK", "gtvt"],
    ["xem.ktkt", "CROSS_CHECK", "gtvt"],
    ["lanhdao.tnmt", "CROSS_CHECK", "tnmt"],
    ["lanhdao.tnmt", "FINAL", "tnmt"],
    ["lanhdao.tnmt", "SELF", "gtvt"],
    ["thuky.ktkt", "SELF", "gtvt"],
    ["xem.ktkt", "SELF", "tnmt"],
  ] as const)("refuses %s the %s stage of %s and changes nothing", async (username, stage, unit) => {
    const before = await audits();
    const unitId = unit === "tnmt" ? w.tnmt : w.gtvt;
    await expect(
      saveScoreCell(t.prisma, demo.user(username), cell({ unitId, stage, criterionId: w.leaf("III.1") })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await lineOf(t.prisma, { unitId, criterionId: w.leaf("III.1"), stage })).toBeNull();
    expect(await audits()).toBe(before);
  });

  it("never lets an officer cross-check their own unit, though they may cross-check others and score it finally", async () => {
    const officer = await secretariatOfUnit(t.prisma, demo, w.tnmt);
    await expect(
      saveScoreCell(t.prisma, officer, cell({ unitId: w.tnmt, criterionId: w.leaf("III.2") })),
    ).rejects.toThrow("không được chấm kiểm tra chéo cho chính mình");
    expect(
      await lineOf(t.prisma, { unitId: w.tnmt, criterionId: w.leaf("III.2"), stage: "CROSS_CHECK" }),
    ).toBeNull();
    await expect(
      saveScoreCell(t.prisma, officer, cell({ unitId: w.gtvt, criterionId: w.leaf("III.2") })),
    ).resolves.toMatchObject({ points: 750 });
    await expect(
      saveScoreCell(
        t.prisma,
        officer,
        cell({ unitId: w.tnmt, criterionId: w.leaf("III.2"), stage: "FINAL" }),
      ),
    ).resolves.toMatchObject({ points: 750 });
  });

  it.each([
    ["II.1", "8,01", "vượt điểm tối đa 8,00"],
    ["IV.2", "2,5", "vượt mức trần 2,00"],
    ["I.1", "10", "tính tự động"],
    ["II", "1", "không nhập cho nhóm tiêu chí"],
  ])("refuses %s = %s (%s)", async (code, points, message) => {
    await expect(
      saveScoreCell(
        t.prisma,
        demo.user("thuky.ktkt"),
        cell({ criterionId: w.leaf(code), points, stage: "FINAL" }),
      ),
    ).rejects.toThrow(message);
    expect(
      await t.prisma.scoreLine.count({ where: { criterionId: w.leaf(code), sheet: { stage: "FINAL" } } }),
    ).toBe(0);
  });

  it.each([
    [{ points: "-1" }, "points"],
    [{ points: "8,555" }, "points"],
    [{ points: "tám" }, "points"],
    [{ stage: "OTHER" }, "stage"],
    [{ explanation: "a\u0000b" }, "explanation"],
    [{ evidenceUrl: "javascript:alert(1)" }, "evidenceUrl"],
    [{ version: -1 }, "version"],
  ])("rejects bad input %j in the schema", (overrides, field) => {
    const parsed = saveScoreCellSchema.safeParse({
      unitId: "u",
      criterionId: "c",
      stage: "FINAL",
      points: "1",
      version: 0,
      ...overrides,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
  });

  it("of two saves on the same loaded version exactly one wins; the other sees the winner's value", async () => {
    const user = demo.user("thuky.ktkt");
    const first = await saveScoreCell(
      t.prisma,
      user,
      cell({ criterionId: w.leaf("II.3"), stage: "FINAL", points: "4" }),
    );
    const outcomes = await Promise.allSettled(
      ["5", "6"].map((points) =>
        saveScoreCell(
          t.prisma,
          user,
          cell({ criterionId: w.leaf("II.3"), stage: "FINAL", points, version: first.version }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === "rejected");
    const reason = loser?.status === "rejected" ? loser.reason : null;
    expect(reason).toBeInstanceOf(ScoreCellConflictError);
    const line = await lineOf(t.prisma, { unitId: w.gtvt, criterionId: w.leaf("II.3"), stage: "FINAL" });
    expect((reason as ScoreCellConflictError).current).toMatchObject({
      points: line?.points,
      version: 2,
      enteredByName: user.displayName,
    });
  });

  it("treats two first saves of the same empty cell as a conflict too", async () => {
    const users = [demo.user("thuky.ktkt"), demo.user("admin.yenbai")];
    const outcomes = await Promise.allSettled(
      users.map((user, i) =>
        saveScoreCell(
          t.prisma,
          user,
          cell({ criterionId: w.leaf("III.1"), stage: "FINAL", points: String(i + 1) }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ScoreCellConflictError);
    expect(
      await t.prisma.scoreSheet.count({
        where: { blocYearId: w.blocYearId, unitId: w.gtvt, stage: "FINAL" },
      }),
    ).toBe(1);
  });

  it("refuses a stale version without writing", async () => {
    const before = await audits();
    await expect(
      saveScoreCell(
        t.prisma,
        demo.user("thuky.ktkt"),
        cell({ criterionId: w.leaf("II.3"), stage: "FINAL", points: "1", version: 1 }),
      ),
    ).rejects.toBeInstanceOf(ScoreCellConflictError);
    expect(await audits()).toBe(before);
  });

  it.each([
    ["thuky.ktkt", "FINAL", "gtvt"],
    ["lanhdao.tnmt", "SELF", "tnmt"],
  ] as const)("refuses %s's write once the year is published", async (username, stage, unit) => {
    await t.prisma.blocYear.update({ where: { id: w.blocYearId }, data: { status: "PUBLISHED" } });
    try {
      const unitId = unit === "tnmt" ? w.tnmt : w.gtvt;
      await expect(
        saveScoreCell(
          t.prisma,
          demo.user(username),
          cell({ unitId, stage, criterionId: w.leaf("V.1"), points: "0,5" }),
        ),
      ).rejects.toBeInstanceOf(PublishedYearError);
      // The unit's own line only: the demo's 2024 has a cross-check deduction for another unit.
      expect(
        await t.prisma.scoreLine.count({ where: { criterionId: w.leaf("V.1"), sheet: { unitId } } }),
      ).toBe(0);
    } finally {
      await t.prisma.blocYear.update({ where: { id: w.blocYearId }, data: { status: "ACTIVE" } });
    }
  });

  it("refuses a criterion of another bloc's table for this unit", async () => {
    const other = await t.prisma.criterion.findFirstOrThrow({
      where: { code: "II.1", scoreTable: { blocYear: { blocId: demo.vhxh.id } } },
      select: { id: true },
    });
    await expect(
      saveScoreCell(t.prisma, demo.user("thuky.ktkt"), cell({ criterionId: other.id })),
    ).rejects.toBeInstanceOf(UserFacingError);
    expect(await t.prisma.scoreLine.count({ where: { criterionId: other.id } })).toBe(0);
  });
});
