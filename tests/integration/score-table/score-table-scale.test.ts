import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScoreTableSchema, setScoreTableScaleSchema } from "@/schemas/score-table/edit-criteria";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { createScoreTable } from "@/server/mutations/score-table/create-score-table";
import { setScoreTableScale } from "@/server/mutations/score-table/set-score-table-scale";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { FORBIDDEN_USERS, ktktYear, snapshotOf, tableInForce } from "./score-table-support";

describe.each(testBackends())("the table's scale, and a first table for a new year (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year2023: string;
  let year2025: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const scaleInput = async (maxPoints: number, title = "Bảng điểm thi đua năm 2023") => {
    const table = await tableInForce(t.prisma, year2023);
    return { scoreTableId: table.id, revision: table.revision, title, maxPoints };
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year2023 = (await ktktYear(t.prisma, demo, 2023)).id;
    // The score table is edited while a year is prepared or carried out.
    await putYearsInStage(t.prisma, [year2023], "ACTIVE");
    year2025 = (
      await t.prisma.blocYear.create({
        data: { blocId: demo.ktkt.id, year: 2025, rules: (await ktktYear(t.prisma, demo, 2023)).rules ?? {} },
      })
    ).id;
  });
  afterAll(() => t.close());

  it("lets the secretariat move to a 1000-point scale, warning that the sections sum to less, audited", async () => {
    const result = await setScoreTableScale(t.prisma, secretariat(), await scaleInput(100000));
    expect(result.warnings).toEqual([
      "Tổng điểm các mục (100,00 điểm) chưa bằng thang điểm (1.000,00 điểm).",
    ]);
    expect(
      await t.prisma.auditEvent.findFirstOrThrow({ where: { entity: "ScoreTable", field: "maxPoints" } }),
    ).toMatchObject({ oldValue: 10000, newValue: 100000 });
  });

  it("refuses a scale below the sections' sum", async () => {
    await expect(setScoreTableScale(t.prisma, secretariat(), await scaleInput(9000))).rejects.toThrow(
      "Tổng điểm các mục (100,00 điểm) vượt thang điểm (90,00 điểm).",
    );
  });

  it.each(FORBIDDEN_USERS)("refuses %s", async (username) => {
    const before = await snapshotOf(t.prisma, year2023);
    await expect(
      setScoreTableScale(t.prisma, demo.user(username), await scaleInput(10000)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createScoreTable(t.prisma, demo.user(username), {
        blocYearId: year2025,
        title: "Bảng",
        maxPoints: 10000,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshotOf(t.prisma, year2023)).toEqual(before);
  });

  it("of two simultaneous scale changes exactly one wins", async () => {
    const input = await scaleInput(10000);
    const outcomes = await Promise.allSettled([
      setScoreTableScale(t.prisma, secretariat(), input),
      setScoreTableScale(t.prisma, secretariat(), { ...input, maxPoints: 20000 }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
  });

  it("creates a first, empty table for a year without one, and only once", async () => {
    await createScoreTable(t.prisma, secretariat(), {
      blocYearId: year2025,
      title: "Bảng điểm thi đua năm 2025",
      maxPoints: 10000,
    });
    expect(await tableInForce(t.prisma, year2025)).toMatchObject({ version: 1, nodes: [] });
    await expect(
      createScoreTable(t.prisma, secretariat(), { blocYearId: year2025, title: "Lần hai", maxPoints: 10000 }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses both in a published year", async () => {
    const input = await scaleInput(10000);
    await t.prisma.blocYear.update({ where: { id: year2023 }, data: { status: "PUBLISHED" } });
    try {
      await expect(setScoreTableScale(t.prisma, secretariat(), input)).rejects.toBeInstanceOf(
        PublishedYearError,
      );
    } finally {
      await t.prisma.blocYear.update({ where: { id: year2023 }, data: { status: "SCORING" } });
    }
  });

  it("rejects bad input at the schema", () => {
    expect(
      setScoreTableScaleSchema.safeParse({
        scoreTableId: "x",
        revision: "a".repeat(64),
        title: "T",
        maxPoints: "0",
      }).success,
    ).toBe(false);
    expect(createScoreTableSchema.safeParse({ blocYearId: "x", title: "", maxPoints: "100" }).success).toBe(
      false,
    );
    expect(
      createScoreTableSchema.safeParse({ blocYearId: "x", title: "T", maxPoints: "1.000" }).data?.maxPoints,
    ).toBe(100000);
  });
});
