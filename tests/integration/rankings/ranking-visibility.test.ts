import type { Prisma } from "@/generated/prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ownUnitIds } from "@/server/authz";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { getUnitExplanation } from "@/server/queries/rankings/get-unit-explanation";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

// The engine's result holds only JSON values but, being interfaces, lacks Prisma's index signature.
const json = (value: object) => value as unknown as Prisma.InputJsonObject;

describe.each(testBackends())("who sees which rows of a ranking (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let blocYearId: string;
  let tnmtId: string;
  const ranking = (username: string, blocId = demo.ktkt.id) =>
    getBlocRanking(t.prisma, { user: demo.user(username), blocId, year: 2024 });
  const explain = (username: string, unitId: string) =>
    getUnitExplanation(t.prisma, { user: demo.user(username), blocId: demo.ktkt.id, year: 2024, unitId });
  const setYear = (data: {
    status?: "ACTIVE" | "PUBLISHED" | "CORRECTING";
    membersSeeProvisional?: boolean;
  }) => t.prisma.blocYear.update({ where: { id: blocYearId }, data });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    blocYearId = (
      await t.prisma.blocYear.findFirstOrThrow({
        where: { blocId: demo.ktkt.id, year: 2024 },
        select: { id: true },
      })
    ).id;
    tnmtId = ownUnitIds(demo.user("lanhdao.tnmt"))[0] ?? "";
  });
  beforeEach(() => setYear({ status: "ACTIVE", membersSeeProvisional: false }));
  afterAll(() => t.close());

  it.each(["admin.yenbai", "thuky.ktkt", "xem.ktkt"])(
    "shows %s every ranked unit of the provisional ranking, with the pair decisions",
    async (username) => {
      const result = await ranking(username);
      expect(result).toMatchObject({ kind: "provisional", seesAllUnits: true, rankedCount: 8 });
      expect(result?.units).toHaveLength(8);
      expect(result?.pairs).toHaveLength(7);
      expect(result?.sections.map((section) => section.code)).toEqual(["I", "II", "III", "IV", "V"]);
    },
  );

  it("shows a leader only their own unit's row and rank while provisional scores are not shared", async () => {
    const full = await computeRanking(t.prisma, { blocYearId });
    const own = full.result.units.find((unit) => unit.unitId === tnmtId);
    const result = await ranking("lanhdao.tnmt");
    expect(result).toMatchObject({ seesAllUnits: false, rankedCount: 8, pairs: [] });
    expect(result?.units.map((unit) => [unit.unitId, unit.rank, unit.total])).toEqual([
      [tnmtId, own?.rank, own?.total],
    ]);
  });

  it("shows a leader every unit once the bloc-year shares provisional scores", async () => {
    await setYear({ membersSeeProvisional: true });
    expect((await ranking("lanhdao.tnmt"))?.units).toHaveLength(8);
  });

  it("gives a secretariat of another bloc nothing", async () => {
    expect(await ranking("thuky.vhxh")).toBeNull();
    expect(await explain("thuky.vhxh", tnmtId)).toBeNull();
  });

  it("explains a leader's own unit: lines grouped by section add up to the total, no bloc figures while restricted", async () => {
    const result = await explain("lanhdao.tnmt", tnmtId);
    expect(result?.unit.unitId).toBe(tnmtId);
    expect(result?.groups.reduce((sum, group) => sum + group.subtotal, 0)).toBe(result?.unit.total);
    expect(result?.medians).toBeNull();
    expect(result?.neighbours).toEqual({ above: null, below: null });
    expect(result?.tasks.length).toBeGreaterThan(0);
    expect(result?.canWhatIf).toBe(true);
  });

  it("refuses a leader another unit's explanation unless provisional scores are shared", async () => {
    const other = (await ranking("thuky.ktkt"))?.units.find((unit) => unit.unitId !== tnmtId)?.unitId ?? "";
    expect(await explain("lanhdao.tnmt", other)).toBeNull();
    await setYear({ membersSeeProvisional: true });
    const shared = await explain("lanhdao.tnmt", other);
    expect(shared?.unit.unitId).toBe(other);
    expect(shared?.medians?.total).not.toBeNull();
  });

  it("compares with the bloc median per section and names the decisions with both neighbours", async () => {
    const full = await ranking("thuky.ktkt");
    const middle = full?.units[3];
    const result = await explain("thuky.ktkt", middle?.unitId ?? "");
    expect(result?.neighbours.above).toMatchObject({ lowerUnitId: middle?.unitId });
    expect(result?.neighbours.below).toMatchObject({ upperUnitId: middle?.unitId });
    const sectionI = result?.sections[0]?.id ?? "";
    const points = (full?.units ?? []).map((unit) => unit.nodePoints[sectionI] ?? 0).sort((a, b) => a - b);
    expect(result?.medians?.bySection[sectionI]).toBe(Math.round(((points[3] ?? 0) + (points[4] ?? 0)) / 2));
  });

  it("finds no explanation for a unit that is not ranked in the year", async () => {
    expect(await explain("thuky.ktkt", "not-a-unit")).toBeNull();
  });

  // Last: snapshots are immutable (a database trigger refuses deleting them).
  it("shows a leader every unit of a published year, read from the latest snapshot", async () => {
    const computed = await computeRanking(t.prisma, { blocYearId });
    const frozen = {
      ...computed.result,
      units: computed.result.units.map((unit) => ({ ...unit, name: `${unit.name} (bản công bố)` })),
    };
    const publisher = demo.user("thuky.ktkt").id;
    await t.prisma.resultSnapshot.create({
      data: {
        blocYearId,
        number: 1,
        content: json({ asOf: "2024-12-31", result: computed.result, scoreTable: null }),
        contentHash: "a",
        publishedById: publisher,
      },
    });
    await t.prisma.resultSnapshot.create({
      data: {
        blocYearId,
        number: 2,
        content: json({ asOf: "2024-12-31", result: frozen, scoreTable: null }),
        contentHash: "b",
        publishedById: publisher,
      },
    });
    for (const status of ["PUBLISHED", "CORRECTING"] as const) {
      await setYear({ status });
      const result = await ranking("lanhdao.tnmt");
      expect(result).toMatchObject({ kind: "published", snapshot: { number: 2 }, seesAllUnits: true });
      expect(result?.units).toHaveLength(8);
      expect(result?.units.every((unit) => unit.name.endsWith("(bản công bố)"))).toBe(true);
    }
  });
});
