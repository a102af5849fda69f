import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNextBlocYear, previewNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "../members/world";

// A year without scores ranks nobody (src/domain/scoring/has-scores): the grid shows no rank,
// as the rankings page writes "chưa có điểm", rather than every unit first at 0,00.
describe.each(testBackends())("the score grid's rank column (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const secretariat = () => demo.user("thuky.ktkt");
  const standings = async (blocYearId: string) =>
    (await getScoreGrid(t.prisma, secretariat(), { blocYearId, stage: "FINAL", order: "rank" }))!.rows;
  const ranks = async (blocYearId: string) => (await standings(blocYearId)).map((row) => row.rank);

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("ranks the units of a scored year", async () => {
    const seeded = await ranks(ids.y2024.id);
    expect(seeded[0]).toBe(1);
    expect(seeded.every((rank) => rank !== null)).toBe(true);
  });

  it("shows no rank and no total in a year just created through the app", async () => {
    const preview = await previewNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    const { id } = await createNextBlocYear(t.prisma, secretariat(), {
      fromBlocYearId: ids.y2024.id,
      previewStamp: preview.stamp,
    });
    const created = await standings(id);
    expect(created.length).toBeGreaterThan(0);
    expect(created.every((row) => row.rank === null && row.total === null)).toBe(true);
  });
});
