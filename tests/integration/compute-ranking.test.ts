import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeRanking } from "@/server/queries/compute-ranking";
import { demoWorld, type DemoWorld } from "../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

describe.each(testBackends())("ranking a bloc-year from the database (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const blocYearId = () =>
    t.prisma.blocYear
      .findFirstOrThrow({ where: { blocId: demo.ktkt.id, year: 2024 }, select: { id: true } })
      .then((row) => row.id);

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("ranks the 8 members of Yên Bái 2024 as of year end, each total rebuilt from its explanation", async () => {
    const { asOf, result, scoreTable } = await computeRanking(t.prisma, {
      blocYearId: await blocYearId(),
      asOf: "2025-01-10",
    });
    expect(asOf).toBe("2024-12-31");
    expect(scoreTable?.maxPoints).toBe(10000);
    expect(result.units).toHaveLength(8);
    for (const unit of result.units) {
      expect(unit.contributions.reduce((sum, line) => sum + line.points, 0)).toBe(unit.total);
    }
    expect(result.units.map((unit) => unit.rank)).toEqual(
      [...result.units.map((unit) => unit.rank)].sort((a, b) => a - b),
    );
  });

  it("moves a unit up when one of its tasks is completed on time", async () => {
    const id = await blocYearId();
    const before = await computeRanking(t.prisma, { blocYearId: id, asOf: "2024-12-31" });
    const task = await t.prisma.task.findFirstOrThrow({
      where: { blocYearId: id, status: "NOT_DONE" },
      select: { id: true, ownerUnitId: true, deadline: true },
    });
    await t.prisma.task.update({
      where: { id: task.id },
      data: { status: "DONE", completedOn: task.deadline, completionShare: 10000 },
    });
    const after = await computeRanking(t.prisma, { blocYearId: id, asOf: "2024-12-31" });
    const points = (ranking: typeof before) =>
      ranking.result.units.find((unit) => unit.unitId === task.ownerUnitId)?.taskPoints ?? -1;
    expect(points(after)).toBeGreaterThan(points(before));
  });
});
