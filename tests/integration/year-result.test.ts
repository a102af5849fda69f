import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCorrection } from "@/server/mutations/publishing/open-correction";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { findNextBlocYearId } from "@/server/queries/find-next-bloc-year-id";
import { loadPublishedYearResult, loadYearResult } from "@/server/queries/load-year-result";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { getBlocTrends } from "@/server/queries/rankings/get-bloc-trends";
import { demoWorld, type DemoWorld } from "../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";
import { finalSheetOf } from "../support/final-sheet";

describe.each(testBackends())("the one selector of a bloc-year's results (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const year = (y: number) =>
    t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: y },
      select: { id: true, status: true, version: true, blocId: true, year: true },
    });
  const secretariat = () => demo.user("thuky.ktkt");

  /** Raises one final-stage score straight in the tables, as no action may once a year is published. */
  async function raiseScoreDirectly(blocYearId: string) {
    const criterion = await t.prisma.criterion.findFirstOrThrow({
      where: { code: "II.1", scoreTable: { blocYearId } },
      orderBy: { scoreTable: { version: "desc" } },
      select: { id: true },
    });
    const { unitId } = await t.prisma.membership.findFirstOrThrow({ where: { blocYearId } });
    const sheet = await finalSheetOf(t.prisma, { blocYearId, unitId });
    await t.prisma.scoreLine.upsert({
      where: { sheetId_criterionId: { sheetId: sheet.id, criterionId: criterion.id } },
      create: { sheetId: sheet.id, criterionId: criterion.id, points: 900 },
      update: { points: { increment: 100 } },
    });
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("computes a year never published live, with every criterion the engine was given", async () => {
    const y = await year(2024);
    const shown = await loadYearResult(t.prisma, y);
    const computed = await computeRanking(t.prisma, { blocYearId: y.id });
    expect(shown.source).toEqual({ kind: "live" });
    expect(shown.result).toEqual(computed.result);
    const inForce = await t.prisma.criterion.findMany({
      where: { scoreTableId: computed.scoreTable!.id },
      select: { id: true },
    });
    expect(shown.criteria.map((c) => c.id).sort()).toEqual(inForce.map((c) => c.id).sort());
    expect(shown.criteria.some((c) => c.parentId !== null)).toBe(true);
    expect(await loadPublishedYearResult(t.prisma, y)).toBeNull();
  });

  it("shows a published year's latest snapshot, during a correction too, whatever the tables say later", async () => {
    // The demo's 2023 was published by the seed, through the app's publishing.
    let y = await year(2023);
    expect(y.status).toBe("PUBLISHED");
    const published = await t.prisma.resultSnapshot.findFirstOrThrow({
      where: { blocYearId: y.id },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true },
    });
    const atPublication = await loadYearResult(t.prisma, y);
    expect(atPublication.source).toEqual({
      kind: "snapshot",
      number: published.number,
      publishedAt: published.publishedAt,
    });
    await raiseScoreDirectly(y.id);
    expect((await loadYearResult(t.prisma, y)).result).toEqual(atPublication.result);

    await openCorrection(t.prisma, secretariat(), {
      blocYearId: y.id,
      version: y.version,
      reason: "Sai điểm",
    });
    y = await year(2023);
    expect(y.status).toBe("CORRECTING");
    expect(await loadYearResult(t.prisma, y)).toMatchObject({
      source: { kind: "snapshot", number: published.number },
      result: atPublication.result,
    });
    expect((await loadPublishedYearResult(t.prisma, y))?.content.year).toBe(2023);
  });

  it.each([2023, 2024])(
    "gives the ranking page, the conference screen and the trends the same totals for %i",
    async (y) => {
      const user = secretariat();
      const where = { user, blocId: demo.ktkt.id, year: y };
      const ranking = await getBlocRanking(t.prisma, where);
      const conference = await getConferenceData(t.prisma, user, where);
      const trends = await getBlocTrends(t.prisma, { user, blocId: demo.ktkt.id });
      const totals = ranking!.units.map((unit) => [unit.unitId, unit.total]);
      expect(totals).toHaveLength(8);
      expect(conference!.rows.map((row) => [row.unitId, row.total])).toEqual(totals);
      const trendYear = trends!.years.find((entry) => entry.year === y);
      expect(trendYear!.units.map((unit) => [unit.unitId, unit.total])).toEqual(totals);
      expect(trendYear!.source).toBe(ranking!.kind);
    },
  );

  it("finds the year after a bloc-year, or none before it is created", async () => {
    const [y2023, y2024] = [await year(2023), await year(2024)];
    expect(await findNextBlocYearId(t.prisma, y2023)).toBe(y2024.id);
    expect(await findNextBlocYearId(t.prisma, y2024)).toBeNull();
  });
});
