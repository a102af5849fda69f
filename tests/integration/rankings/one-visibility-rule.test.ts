import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownUnitIds } from "@/server/authz";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { loadResultsAcrossYears } from "@/server/queries/rankings/load-results-across-years";
import { getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

// Issue 8: whether a user sees other units' figures of a year is one rule (authz's
// seesOtherUnits), so the ranking, the score grid, the trends and the conference screen agree —
// a year under correction included. No snapshot here: a published year ranks from live data.
describe.each(testBackends())("every page shows a user the same units of a year (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let blocYearId: string;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const year = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2024 },
      select: { id: true },
    });
    blocYearId = year.id;
  });
  afterAll(() => t.close());

  /** The unit ids each page shows the user, sorted. */
  async function unitsOnEveryPage(username: string) {
    const user = demo.user(username);
    const sorted = (ids: string[]) => [...ids].sort();
    const [ranking, grid, trends, conference] = await Promise.all([
      getBlocRanking(t.prisma, { user, blocId: demo.ktkt.id, year: 2024 }),
      getScoreGrid(t.prisma, user, { blocYearId, stage: "SELF", order: "name" }),
      loadResultsAcrossYears(t.prisma, { user, blocId: demo.ktkt.id }),
      getConferenceData(t.prisma, user, { blocYearId }),
    ]);
    return {
      ranking: sorted(ranking?.units.map((unit) => unit.unitId) ?? []),
      grid: sorted(grid?.rows.map((row) => row.unitId) ?? []),
      trends: sorted(
        trends?.years.find((year) => year.year === 2024)?.units.map((unit) => unit.unitId) ?? [],
      ),
      conference: sorted(conference?.rows.map((row) => row.unitId) ?? []),
    };
  }

  it.each<[BlocYearStatus, boolean, string, "all" | "own"]>([
    ["ACTIVE", false, "lanhdao.tnmt", "own"],
    ["ACTIVE", true, "lanhdao.tnmt", "all"],
    ["SCORING", false, "lanhdao.tnmt", "own"],
    ["SCORING", true, "lanhdao.tnmt", "all"],
    ["PUBLISHED", false, "lanhdao.tnmt", "all"],
    ["CORRECTING", false, "lanhdao.tnmt", "all"],
    ["SCORING", false, "xem.ktkt", "all"],
    ["CORRECTING", false, "xem.ktkt", "all"],
    ["SCORING", false, "thuky.ktkt", "all"],
    ["CORRECTING", false, "admin.yenbai", "all"],
  ])(
    "in a %s year (members see provisional: %s) %s sees %s units on every page",
    async (status, shared, username, seen) => {
      await t.prisma.blocYear.update({
        where: { id: blocYearId },
        data: { status, membersSeeProvisional: shared },
      });
      const pages = await unitsOnEveryPage(username);
      const memberships = await t.prisma.membership.findMany({
        where: { blocYearId },
        select: { unitId: true },
      });
      const expected =
        seen === "all" ? memberships.map((m) => m.unitId).sort() : ownUnitIds(demo.user(username));
      expect(pages).toEqual({ ranking: expected, grid: expected, trends: expected, conference: expected });
    },
  );
});
