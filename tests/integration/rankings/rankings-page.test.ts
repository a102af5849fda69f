import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { getRankingsPage } from "@/server/queries/rankings/get-rankings-page";
import { loadYearResult } from "@/server/queries/load-year-result";
import { loadYearFrame } from "@/server/queries/rankings/year-frame";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

// The rankings page's data route (its document is a prerendered shell): the same year, rows and
// tabs a server-rendered page showed, as one compact JSON document.
describe.each(testBackends())("the rankings page's data (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const page = (username: string, blocId = demo.ktkt.id) =>
    getRankingsPage({
      user: demo.user(username),
      blocId,
      year: 2024,
      loadFrame: loadYearFrame(t.prisma),
      loadYear: (blocYear) => loadYearResult(t.prisma, blocYear),
    });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("gives the secretariat every ranked unit with the engine's figures, the year's frame and its tabs", async () => {
    const data = await page("thuky.ktkt");
    const ranking = await getBlocRanking(t.prisma, {
      user: demo.user("thuky.ktkt"),
      blocId: demo.ktkt.id,
      year: 2024,
    });
    const bloc = await t.prisma.bloc.findUniqueOrThrow({
      where: { id: demo.ktkt.id },
      select: { name: true, province: { select: { name: true } } },
    });
    expect(data?.year).toEqual({
      blocId: demo.ktkt.id,
      blocName: bloc.name,
      provinceName: bloc.province.name,
      year: 2024,
      status: "SCORING",
    });
    expect(data?.user.displayName).toBe(demo.user("thuky.ktkt").displayName);
    expect(data?.tabs.map((tab) => tab.segment)).toContain("xep-hang");
    // Scale sections only: bonus and deductions have columns of their own.
    const scale = ranking?.sections.filter(
      (section) => section.kind !== "BONUS" && section.kind !== "DEDUCTION",
    );
    expect(data?.ranking.sections.map((section) => section.id)).toEqual(scale?.map((section) => section.id));
    expect(data?.ranking.rows.map((row) => [row.unitId, row.rank, row.total, row.sectionPoints])).toEqual(
      ranking?.units.map((unit) => [
        unit.unitId,
        unit.rank,
        unit.total,
        scale?.map((section) => unit.nodePoints[section.id] ?? 0),
      ]),
    );
    expect(data?.ranking.pairs.map((pair) => pair.message)).toEqual(
      ranking?.pairs.map((pair) => pair.message),
    );
    expect(data?.ranking).toMatchObject({ seesAllUnits: true, rankedCount: 8 });
  });

  it("gives a leader of a year that does not share provisional scores only their own unit's row", async () => {
    const data = await page("lanhdao.tnmt");
    expect(data?.ranking).toMatchObject({ seesAllUnits: false, rankedCount: 8, pairs: [] });
    expect(data?.ranking.rows.map((row) => row.unitId)).toEqual(data?.ranking.ownUnitIds);
    expect(data?.tabs.map((tab) => tab.segment)).not.toContain("nhat-ky");
  });

  it("says a year created through the app has no scores yet, with no ties to explain", async () => {
    const secretariat = demo.user("thuky.ktkt");
    const from = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2024 },
      select: { id: true },
    });
    await createNextYearThroughApp(t.prisma, secretariat, from.id);
    const data = await getRankingsPage({
      user: secretariat,
      blocId: demo.ktkt.id,
      year: 2025,
      loadFrame: loadYearFrame(t.prisma),
      loadYear: (blocYear) => loadYearResult(t.prisma, blocYear),
    });
    expect(data?.year).toMatchObject({ year: 2025, status: "DRAFT" });
    expect(data?.ranking.rows.length).toBeGreaterThan(0);
    expect(data?.ranking.rows.every((row) => !row.scored)).toBe(true);
    expect(data?.ranking).toMatchObject({ anyScored: false, pairs: [] });
    expect((await page("thuky.ktkt"))?.ranking.anyScored).toBe(true);
  });

  it("gives the secretariat of another bloc nothing", async () => {
    expect(await page("thuky.vhxh")).toBeNull();
  });

  it("carries no explanation lines: what 400 units' page would download stays small", async () => {
    const data = await page("thuky.ktkt");
    const bytesPerRow = JSON.stringify(data?.ranking.rows).length / (data?.ranking.rows.length ?? 1);
    expect(bytesPerRow).toBeLessThan(400);
  });
});
