import { fromIsoDay, toIsoDay } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNextBlocYearSchema } from "@/schemas/members/bloc-year";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { listNextYearsToCreate } from "@/server/queries/members/list-next-years";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { expectOneWinner, FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("creating the next bloc-year (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const yearCount = () => t.prisma.blocYear.count();

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("offers 'Tạo năm 2025' from 2024 to the bloc's managers only", async () => {
    const forSecretariat = await listNextYearsToCreate(t.prisma, demo.user("thuky.ktkt"));
    expect(forSecretariat.get(demo.ktkt.id)).toEqual({ fromBlocYearId: ids.y2024.id, nextYear: 2025 });
    expect(forSecretariat.has(demo.vhxh.id)).toBe(false);
    expect((await listNextYearsToCreate(t.prisma, demo.user("xem.ktkt"))).size).toBe(0);
    expect((await listNextYearsToCreate(t.prisma, demo.user("lanhdao.tnmt"))).size).toBe(0);
  });

  it.each(FORBIDDEN_USERS)("refuses %s and creates nothing", async (username) => {
    const before = await yearCount();
    await expect(
      createNextBlocYear(t.prisma, demo.user(username), { fromBlocYearId: ids.y2024.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await yearCount()).toBe(before);
  });

  it("rejects a missing id in the schema", () => {
    expect(createNextBlocYearSchema.safeParse({ fromBlocYearId: "" }).success).toBe(false);
  });

  it("copies the members still in the bloc with the recorded mergers applied, the score table in force and the rules, audited", async () => {
    const leaving = await t.prisma.membership.findFirstOrThrow({
      where: { blocYearId: ids.y2024.id, unit: { code: "BQLDA" } },
    });
    await t.prisma.membership.update({
      where: { id: leaving.id },
      data: { leftOn: fromIsoDay("2024-09-30") },
    });
    await whilePublished(t.prisma, ids.y2024.id, async () => {
      // A published year is the usual source: creating the next year does not write to it.
      const created = await createNextBlocYear(t.prisma, demo.user("thuky.ktkt"), {
        fromBlocYearId: ids.y2024.id,
      });
      expect(created.year).toBe(2025);
    });
    const next = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2025 },
      select: {
        id: true,
        status: true,
        rules: true,
        memberships: { select: { joinedOn: true, leftOn: true, unit: { select: { code: true } } } },
        scoreTables: {
          select: { version: true, title: true, criteria: { select: { code: true, parentId: true } } },
        },
      },
    });
    expect(next.status).toBe("DRAFT");
    // 8 units less BQLDA (left in 2024); TN&MT, NN&PTNT → NN&MT and GTVT → XD on 01/03/2025.
    const dates = (m: { joinedOn: Date; leftOn: Date | null }) => [
      toIsoDay(m.joinedOn),
      m.leftOn && toIsoDay(m.leftOn),
    ];
    const byCode = Object.fromEntries(next.memberships.map((m) => [m.unit.code, dates(m)]));
    expect(byCode).toEqual({
      KHCN: ["2025-01-01", null],
      BQLKCN: ["2025-01-01", null],
      CT: ["2025-01-01", null],
      XD: ["2025-01-01", null],
      TNMT: ["2025-01-01", "2025-03-01"],
      NNPTNT: ["2025-01-01", "2025-03-01"],
      GTVT: ["2025-01-01", "2025-03-01"],
      NNMT: ["2025-03-01", null],
    });
    const source = await t.prisma.criterion.findMany({
      where: { scoreTable: { blocYearId: ids.y2024.id } },
      select: { code: true },
    });
    expect(next.scoreTables).toHaveLength(1);
    expect(next.scoreTables[0]).toMatchObject({ version: 1, title: expect.stringContaining("2025") });
    expect(next.scoreTables[0]!.criteria.map((c) => c.code).sort()).toEqual(source.map((c) => c.code).sort());
    expect(next.scoreTables[0]!.criteria.filter((c) => c.parentId !== null).length).toBeGreaterThan(0);
    const sourceRules = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: ids.y2024.id },
      select: { rules: true },
    });
    expect(next.rules).toEqual(sourceRules.rules);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "BlocYear", entityId: next.id, action: "create" },
    });
    expect(audit).toMatchObject({
      actorId: demo.user("thuky.ktkt").id,
      newValue: { year: 2025, copiedFrom: 2024, members: 5 },
    });
  });

  it("refuses to create a year that exists, with a Vietnamese message", async () => {
    await expect(
      createNextBlocYear(t.prisma, demo.user("admin.yenbai"), { fromBlocYearId: ids.y2024.id }),
    ).rejects.toThrow("Năm 2025 của khối này đã được tạo.");
  });

  it("of two people creating the next year at once, exactly one succeeds", async () => {
    const vhxh2024 = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.vhxh.id, year: 2024 },
      select: { id: true },
    });
    const outcomes = await Promise.allSettled(
      ["thuky.vhxh", "admin.yenbai"].map((username) =>
        createNextBlocYear(t.prisma, demo.user(username), { fromBlocYearId: vhxh2024.id }),
      ),
    );
    expectOneWinner(outcomes, UserFacingError);
    expect(await t.prisma.blocYear.count({ where: { blocId: demo.vhxh.id, year: 2025 } })).toBe(1);
  });
});
