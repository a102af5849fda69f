import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES, type CrossCheckRule } from "@/domain/scoring";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { saveScoringRules } from "@/server/mutations/score-table/save-scoring-rules";
import { computeRanking } from "@/server/queries/compute-ranking";
import { gridChangesFor } from "@/server/queries/scoring/get-grid-update";
import { getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { scoringWorld } from "./scoring-world";

describe.each(testBackends())("peer cross-checking (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: Awaited<ReturnType<typeof scoringWorld>>;
  let units: Record<"tnmt" | "gtvt" | "ct" | "xd", string>;
  let leaders: Record<"tnmt" | "gtvt" | "ct", SessionUser>;
  const live = (blocYearId: string) => computeRanking(t.prisma, { blocYearId });

  // The rules change before scoring starts: the year goes back a stage for it.
  const setRules = async (crossCheck: CrossCheckRule) => {
    await putYearsInStage(t.prisma, [w.blocYearId], "ACTIVE");
    const { version, rules } = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: w.blocYearId },
      select: { version: true, rules: true },
    });
    await saveScoringRules(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: w.blocYearId,
      version,
      rules: { ...DEFAULT_SCORING_RULES, ...(rules as object), crossCheck },
    }).finally(() => putYearsInStage(t.prisma, [w.blocYearId], "SCORING"));
  };
  /** A new cross-check cell, on III.1 unless `code` says otherwise. */
  const save = (
    user: SessionUser,
    { code = "III.1", ...input }: { unitId: string; points: string; scorerUnitId?: string; code?: string },
  ) =>
    saveScoreCell(
      t.prisma,
      user,
      saveScoreCellSchema.parse({ criterionId: w.leaf(code), stage: "CROSS_CHECK", version: 0, ...input }),
    );

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await scoringWorld(t.prisma, demo);
    const unit = (code: string) =>
      t.prisma.unit.findFirstOrThrow({ where: { code }, select: { id: true } }).then((u) => u.id);
    units = { tnmt: w.tnmt, gtvt: w.gtvt, ct: await unit("CT"), xd: await unit("XD") };
    const leaderOf = (unitId: string, username: string) =>
      createUserWithGrants(t.prisma, {
        username,
        provinceId: demo.user("thuky.ktkt").provinceId,
        grants: [{ kind: "AGENCY_LEADER", unitId }],
      });
    leaders = {
      tnmt: demo.user("lanhdao.tnmt"),
      gtvt: await leaderOf(units.gtvt, "lanhdao.gtvt.peer"),
      ct: await leaderOf(units.ct, "lanhdao.ct.peer"),
    };
    await setRules({ scorers: "allMembers", combine: "median", assignments: [] });
  });
  afterAll(() => t.close());

  it("takes each leader's score of another unit into their own unit's sheet, and ranks on the median", async () => {
    await save(leaders.tnmt, { unitId: units.xd, points: "9", scorerUnitId: units.tnmt });
    await save(leaders.gtvt, { unitId: units.xd, points: "6", scorerUnitId: units.gtvt });
    await save(leaders.ct, { unitId: units.xd, points: "7,5", scorerUnitId: units.ct });
    const sheets = await t.prisma.scoreSheet.findMany({
      where: {
        blocYearId: w.blocYearId,
        unitId: units.xd,
        stage: "CROSS_CHECK",
        scorerUnitId: { not: null },
      },
      select: { scorerUnitId: true },
    });
    expect(sheets.map((sheet) => sheet.scorerUnitId).sort()).toEqual(
      [units.tnmt, units.gtvt, units.ct].sort(),
    );
    const { result } = await computeRanking(t.prisma, { blocYearId: w.blocYearId });
    const xd = result.units.find((unit) => unit.unitId === units.xd)!;
    const line = xd.contributions.find((c) => c.criterionId === w.leaf("III.1"))!;
    // The demo's 2024 has no final scores yet: the median of 9, 7,5 and 6 counts.
    expect(xd.nodePoints[w.leaf("III.1")]).toBe(750);
    expect(line.label).toMatch(/trung vị của 3 đơn vị chấm: .+ 9,00; .+ 7,50; .+ 6,00\)/);
  });

  it("refuses a unit scoring itself, a sheet of another unit, and a cross-check without a sheet", async () => {
    await expect(
      save(leaders.tnmt, { unitId: units.tnmt, points: "5", scorerUnitId: units.tnmt }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      save(leaders.tnmt, { unitId: units.xd, points: "5", scorerUnitId: units.gtvt }),
    ).rejects.toThrow(ForbiddenError);
    await expect(save(leaders.tnmt, { unitId: units.xd, points: "5" })).rejects.toThrow(ForbiddenError);
    await expect(save(demo.user("thuky.ktkt"), { unitId: units.xd, points: "5" })).rejects.toThrow(
      "Năm này các đơn vị chấm chéo lẫn nhau",
    );
    await expect(
      save(demo.user("xem.ktkt"), { unitId: units.xd, points: "5", scorerUnitId: units.ct }),
    ).rejects.toThrow(ForbiddenError);
  });

  it("lets the secretariat type a sheet handed in on paper, in that unit's sheet", async () => {
    const saved = await save(demo.user("thuky.ktkt"), {
      unitId: units.gtvt,
      points: "8",
      scorerUnitId: units.ct,
    });
    expect(saved.points).toBe(800);
    const sheet = await t.prisma.scoreSheet.findFirstOrThrow({
      where: { unitId: units.gtvt, stage: "CROSS_CHECK", scorerUnitId: units.ct },
      select: { lines: { select: { points: true, enteredById: true } } },
    });
    expect(sheet.lines).toEqual([{ points: 800, enteredById: demo.user("thuky.ktkt").id }]);
  });

  it("shows a leader their own unit's sheet: every other member's row, no one else's total", async () => {
    const grid = await getScoreGrid(t.prisma, leaders.gtvt, {
      blocYearId: w.blocYearId,
      stage: "CROSS_CHECK",
      order: "name",
    });
    expect(grid?.peer).toMatchObject({ scorerUnitId: units.gtvt, mayEnter: true });
    const rowIds = grid!.rows.map((row) => row.unitId);
    expect(rowIds).toContain(units.xd);
    expect(rowIds).not.toContain(units.gtvt);
    expect(grid!.rows.every((row) => row.canEdit && row.total === null)).toBe(true);
    expect(grid!.rows.find((row) => row.unitId === units.xd)?.cells[w.leaf("III.1")]?.points).toBe(600);
    // Asking for another unit's sheet gives their own back: a leader opens no one else's.
    const asked = await getScoreGrid(t.prisma, leaders.gtvt, {
      blocYearId: w.blocYearId,
      stage: "CROSS_CHECK",
      order: "name",
      scorerUnitId: units.tnmt,
    });
    expect(asked?.peer?.scorerUnitId).toBe(units.gtvt);
  });

  it("tells a grid on screen of others' saves on a sheet the user may open, and of no other sheet", async () => {
    const changesOn = (user: SessionUser, scorerUnitId: string) =>
      gridChangesFor(
        t.prisma,
        user,
        { blocYearId: w.blocYearId, stage: "CROSS_CHECK", scorerUnitId, since: new Date(0) },
        live,
      );
    const pointsOnXd = (update: Awaited<ReturnType<typeof changesOn>>) =>
      update?.changed.filter((change) => change.unitId === units.xd).map((change) => change.cell.points);
    // Their own unit's sheet; the secretariat any sheet.
    expect(pointsOnXd(await changesOn(leaders.gtvt, units.gtvt))).toEqual([600]);
    expect(pointsOnXd(await changesOn(demo.user("thuky.ktkt"), units.tnmt))).toEqual([900]);
    // Another unit's sheet: nothing at all, not even that it exists (the grid offers it no such sheet).
    await expect(changesOn(leaders.gtvt, units.tnmt)).resolves.toBeNull();
    await expect(changesOn(leaders.ct, units.gtvt)).resolves.toBeNull();
  });

  it("offers the combined cross-check as the final score; another final figure needs a reason", async () => {
    const final = (code: string, points: string, explanation = "") =>
      saveScoreCell(
        t.prisma,
        demo.user("thuky.ktkt"),
        saveScoreCellSchema.parse({
          unitId: units.gtvt,
          criterionId: w.leaf(code),
          stage: "FINAL",
          points,
          explanation,
          version: 0,
        }),
      );
    await save(leaders.tnmt, { unitId: units.gtvt, points: "9", scorerUnitId: units.tnmt });
    const grid = await getScoreGrid(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: w.blocYearId,
      stage: "FINAL",
      order: "name",
    });
    const row = grid!.rows.find((r) => r.unitId === units.gtvt)!;
    // No final line yet (the demo's 2024 has none): the cell offers what counts, the median of
    // TN&MT's 9,00 and Công Thương's 8,00 (typed by the secretariat above). III.2 has no peer score.
    expect(row.cells[w.leaf("III.1")]).toBeUndefined();
    expect(row.fallback[w.leaf("III.1")]).toBe(850);
    expect(row.fallback[w.leaf("III.2")]).toBeUndefined();
    await expect(final("III.1", "5")).rejects.toThrow("vui lòng ghi lý do");
    expect((await final("III.1", "5", "Hội đồng khối thống nhất hạ điểm do báo cáo chậm")).points).toBe(500);
    // The peers' own figure, or a criterion no peer scored, needs no reason.
    expect((await final("II.1", "0")).points).toBe(0);
    await save(leaders.ct, { unitId: units.gtvt, points: "6", scorerUnitId: units.ct, code: "III.2" });
    const again = await getScoreGrid(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: w.blocYearId,
      stage: "FINAL",
      order: "name",
    });
    const offered = again!.rows.find((r) => r.unitId === units.gtvt)!.fallback[w.leaf("III.2")];
    expect(offered).toBe(600);
    expect((await final("III.2", "6")).points).toBe(600);
  });

  it("keeps to the assignments when the rules assign who scores whom", async () => {
    await setRules({
      scorers: "assigned",
      combine: "mean",
      assignments: [{ scorerUnitId: units.ct, unitIds: [units.tnmt] }],
    });
    await expect(
      save(leaders.ct, { unitId: units.gtvt, points: "5", scorerUnitId: units.ct }),
    ).rejects.toThrow("không được phân công");
    const saved = await save(leaders.ct, { unitId: units.tnmt, points: "5", scorerUnitId: units.ct });
    expect(saved.points).toBe(500);
    // A leader whose unit scores nobody gets no sheet, and no rows of the secretariat's old one.
    const unassigned = await getScoreGrid(t.prisma, leaders.gtvt, {
      blocYearId: w.blocYearId,
      stage: "CROSS_CHECK",
      order: "name",
    });
    expect(unassigned).toMatchObject({ peer: null, noPeerSheet: true, rows: [] });
    // The form's document is checked by the shared schema: nobody is assigned to score itself.
    const selfAssigned = scoringRulesSchema.safeParse({
      ...DEFAULT_SCORING_RULES,
      crossCheck: {
        scorers: "assigned",
        combine: "mean",
        assignments: [{ scorerUnitId: units.ct, unitIds: [units.ct] }],
      },
    });
    expect(selfAssigned.error?.issues.map((issue) => issue.message)).toEqual([
      "Một đơn vị không chấm chéo chính mình.",
    ]);
    // And the server takes members of the year only.
    await expect(
      setRules({
        scorers: "assigned",
        combine: "mean",
        assignments: [{ scorerUnitId: units.ct, unitIds: [demo.ktkt.id] }],
      }),
    ).rejects.toThrow("Phân công chấm chéo chỉ gồm các đơn vị thành viên");
  });

  it("back to the secretariat's cross-check: one sheet per unit, even when two saves race", async () => {
    await setRules({ scorers: "secretariat", combine: "mean", assignments: [] });
    const secretariat = demo.user("thuky.ktkt");
    const outcomes = await Promise.allSettled([
      save(secretariat, { unitId: units.ct, points: "4" }),
      save(secretariat, { unitId: units.ct, points: "5" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const sheets = await t.prisma.scoreSheet.count({
      where: { blocYearId: w.blocYearId, unitId: units.ct, stage: "CROSS_CHECK", scorerUnitId: null },
    });
    expect(sheets).toBe(1);
    await expect(
      save(leaders.ct, { unitId: units.tnmt, points: "5", scorerUnitId: units.ct }),
    ).rejects.toThrow(UserFacingError);
  });
});
