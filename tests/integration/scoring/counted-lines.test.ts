import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RankingResult, hasScores } from "@/domain/scoring";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import type { SessionUser } from "@/server/auth/session-user";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { computeRanking } from "@/server/queries/compute-ranking";
import { loadScoreLineFactRows, type ScoreLineFactRow } from "@/server/queries/scoring-fact-rows";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { lineOf, scoringWorld } from "./scoring-world";

const withoutLines = (result: RankingResult) =>
  result.units.map(({ contributions, ...unit }) => ({ ...unit, scored: hasScores({ contributions }) }));
const byId = (a: ScoreLineFactRow, b: ScoreLineFactRow) => (a.id < b.id ? -1 : 1);
const stagesOf = (lines: ScoreLineFactRow[], unitId: string, criterionId: string) =>
  lines
    .filter((line) => line.unitId === unitId && line.criterionId === criterionId)
    .map((line) => line.stage)
    .sort();

describe.each(testBackends())("the score lines a ranking's figures read (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: Awaited<ReturnType<typeof scoringWorld>>;

  /** Enters one cell through the app, over whatever the cell held before. */
  const put = async (
    user: SessionUser,
    cell: { unitId: string; code: string; stage: "SELF" | "CROSS_CHECK" | "FINAL"; points: string },
  ) => {
    const criterionId = w.leaf(cell.code);
    const before = await lineOf(t.prisma, { unitId: cell.unitId, criterionId, stage: cell.stage });
    await saveScoreCell(
      t.prisma,
      user,
      saveScoreCellSchema.parse({
        unitId: cell.unitId,
        criterionId,
        stage: cell.stage,
        points: cell.points,
        version: before?.version ?? 0,
      }),
    );
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await scoringWorld(t.prisma, demo);
    const leader = demo.user("lanhdao.tnmt");
    const secretariat = demo.user("thuky.ktkt");
    // II.1 of TN&MT scored at every stage; II.2 at the self-score and the cross-check only.
    await put(leader, { unitId: w.tnmt, code: "II.1", stage: "SELF", points: "6" });
    await put(secretariat, { unitId: w.tnmt, code: "II.1", stage: "CROSS_CHECK", points: "7" });
    await put(secretariat, { unitId: w.tnmt, code: "II.1", stage: "FINAL", points: "7,5" });
    await put(leader, { unitId: w.tnmt, code: "II.2", stage: "SELF", points: "5" });
    await put(secretariat, { unitId: w.tnmt, code: "II.2", stage: "CROSS_CHECK", points: "4" });
    await t.prisma.scoreLine.deleteMany({
      where: { criterionId: w.leaf("II.2"), sheet: { unitId: w.tnmt, stage: "FINAL" } },
    });
  });
  afterAll(() => t.close());

  it("leave out the self and cross-check lines of a criterion that has its final line, and only those", async () => {
    const all = await loadScoreLineFactRows(t.prisma, w.blocYearId);
    const counted = await loadScoreLineFactRows(t.prisma, w.blocYearId, { countedOnly: true });
    expect(stagesOf(all, w.tnmt, w.leaf("II.1"))).toEqual(["CROSS_CHECK", "FINAL", "SELF"]);
    expect(stagesOf(counted, w.tnmt, w.leaf("II.1"))).toEqual(["FINAL"]);
    expect(stagesOf(counted, w.tnmt, w.leaf("II.2"))).toEqual(["CROSS_CHECK", "SELF"]);
    const overruled = (line: ScoreLineFactRow) =>
      line.stage !== "FINAL" &&
      all.some(
        (other) =>
          other.stage === "FINAL" && other.unitId === line.unitId && other.criterionId === line.criterionId,
      );
    expect([...counted].sort(byId)).toEqual(all.filter((line) => !overruled(line)).sort(byId));
    expect(counted.length).toBeLessThan(all.length);
  });

  it("give the same figures as every line", async () => {
    for (const asOf of ["2024-06-30", "2024-12-31"]) {
      const [figures, explained] = await Promise.all([
        computeRanking(t.prisma, { blocYearId: w.blocYearId, asOf, tallied: true }),
        computeRanking(t.prisma, { blocYearId: w.blocYearId, asOf }),
      ]);
      expect(withoutLines(figures.result)).toEqual(withoutLines(explained.result));
      const tnmt = figures.result.units.find((unit) => unit.unitId === w.tnmt);
      expect(tnmt?.nodePoints[w.leaf("II.1")]).toBe(750);
    }
  });
});
