import { fromIsoDay, toIsoDay, unitNameOn } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeUnitsSchema, renameUnitSchema } from "@/schemas/members/unit-change";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { mergeUnits } from "@/server/mutations/members/merge-units";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { expectOneWinner, FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("renaming and merging units (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const names = async (unitId: string) =>
    (
      await t.prisma.unitName.findMany({
        where: { unitId },
        select: { id: true, name: true, shortName: true, validFrom: true, validTo: true },
      })
    ).map((n) => ({ ...n, validFrom: toIsoDay(n.validFrom) }));
  const latestNameId = async (unitId: string) =>
    (
      await t.prisma.unitName.findFirstOrThrow({
        where: { unitId },
        orderBy: { validFrom: "desc" },
        select: { id: true },
      })
    ).id;
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    // Members, roles and the pledge are edited while a year is prepared or carried out.
    await putYearsInStage(t.prisma, [ids.y2023.id, ids.y2024.id], "ACTIVE");
  });
  afterAll(() => t.close());

  it("renames a member from a date: earlier years keep the old name; audited", async () => {
    const unitId = await ids.unit("CT");
    const input = {
      blocYearId: ids.y2024.id,
      unitId,
      currentNameId: await latestNameId(unitId),
      name: "Sở Công Thương tỉnh Yên Bái",
      shortName: "SCT",
      validFrom: fromIsoDay("2024-07-01"),
    };
    await renameUnit(t.prisma, secretariat(), input);
    const rows = await names(unitId);
    expect(unitNameOn(rows, "2023-12-31")?.name).toBe("Sở Công Thương");
    expect(unitNameOn(rows, "2024-12-31")?.name).toBe("Sở Công Thương tỉnh Yên Bái");
    expect(rows.find((row) => row.name === "Sở Công Thương")?.validTo).toEqual(fromIsoDay("2024-07-01"));
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Unit", entityId: unitId, action: "rename" },
    });
    expect(audit).toMatchObject({
      oldValue: { name: "Sở Công Thương" },
      newValue: { name: "Sở Công Thương tỉnh Yên Bái", validFrom: "2024-07-01" },
    });
  });

  it("refuses a name dated into a published year of the unit, and allows it from the next year", async () => {
    const unitId = await ids.unit("GTVT");
    const rename = async (validFrom: string) =>
      renameUnit(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        unitId,
        currentNameId: await latestNameId(unitId),
        name: "Sở Giao thông vận tải tỉnh Yên Bái",
        shortName: "SGTVT",
        validFrom: fromIsoDay(validFrom),
      });
    await whilePublished(t.prisma, ids.y2023.id, async () => {
      const before = await names(unitId);
      await expect(rename("2023-09-01")).rejects.toThrow(
        "năm 2023 đã công bố kết quả, nên tên mới không thể áp dụng từ ngày 01/09/2023",
      );
      expect(await names(unitId)).toEqual(before);
      await rename("2024-01-01");
    });
    expect(unitNameOn(await names(unitId), "2023-12-31")?.name).toBe("Sở Giao thông vận tải");
    expect(unitNameOn(await names(unitId), "2024-12-31")?.name).toBe("Sở Giao thông vận tải tỉnh Yên Bái");
  });

  it("refuses a rename based on a name that changed meanwhile, and of two at once exactly one wins", async () => {
    const unitId = await ids.unit("BQLDA");
    const currentNameId = await latestNameId(unitId);
    const rename = (name: string) =>
      renameUnit(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        unitId,
        currentNameId,
        name,
        shortName: "BQL",
        validFrom: fromIsoDay("2024-05-01"),
      });
    expectOneWinner(await Promise.allSettled([rename("Ban A"), rename("Ban B")]), ConflictError);
    expect(await t.prisma.unitName.count({ where: { unitId } })).toBe(2);
  });

  it.each(FORBIDDEN_USERS)("refuses %s a rename or a merger and changes nothing", async (username) => {
    const unitId = await ids.unit("XD");
    const before = await names(unitId);
    await expect(
      renameUnit(t.prisma, demo.user(username), {
        blocYearId: ids.y2024.id,
        unitId,
        currentNameId: await latestNameId(unitId),
        name: "X",
        shortName: "X",
        validFrom: fromIsoDay("2024-05-01"),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      mergeUnits(t.prisma, demo.user(username), {
        successorMode: "existing",
        successorUnitId: unitId,
        blocYearId: ids.y2024.id,
        predecessorIds: [await ids.unit("BQLKCN")],
        effectiveOn: fromIsoDay("2024-05-01"),
        decisionRef: null,
        endMemberships: true,
        addSuccessor: false,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await names(unitId)).toEqual(before);
    expect(
      await t.prisma.unitSuccession.count({
        where: { successorId: unitId, effectiveOn: fromIsoDay("2024-05-01") },
      }),
    ).toBe(0);
  });

  it("refuses to rename a unit that is not a member of the bloc (the secretariat's scope)", async () => {
    const unitId = await ids.unit("YT");
    await expect(
      renameUnit(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        unitId,
        currentNameId: await latestNameId(unitId),
        name: "X",
        shortName: "X",
        validFrom: fromIsoDay("2024-05-01"),
      }),
    ).rejects.toThrow("không phải thành viên");
  });

  it("rejects bad input in the schemas", () => {
    expect(
      renameUnitSchema.safeParse({
        blocYearId: "a",
        unitId: "b",
        currentNameId: "c",
        name: "\u0000",
        shortName: "x",
        validFrom: "2024-01-01",
      }).success,
    ).toBe(false);
    const merge = mergeUnitsSchema.safeParse({
      successorMode: "existing",
      successorUnitId: "a",
      blocYearId: "y",
      predecessorIds: ["a"],
      effectiveOn: "2024-05-01",
    });
    expect(merge.error?.issues[0]?.message).toBe(
      "Đơn vị kế thừa không thể đồng thời là đơn vị được hợp nhất.",
    );
    expect(
      mergeUnitsSchema.safeParse({
        successorMode: "existing",
        successorUnitId: "a",
        blocYearId: "y",
        predecessorIds: [],
        effectiveOn: "2024-05-01",
      }).success,
    ).toBe(false);
  });

  it("merges two members into a new unit within the year, moving this year's membership only", async () => {
    const [khcn, bqlkcn] = [await ids.unit("KHCN"), await ids.unit("BQLKCN")];
    const result = await mergeUnits(t.prisma, secretariat(), {
      successorMode: "new",
      name: "Sở Khoa học, Công nghệ và Khu công nghiệp",
      shortName: "KHCN&KCN",
      code: "KHCNKCN",
      blocYearId: ids.y2024.id,
      predecessorIds: [khcn, bqlkcn],
      effectiveOn: fromIsoDay("2024-10-01"),
      decisionRef: "QĐ 123/QĐ-UBND",
      endMemberships: true,
      addSuccessor: true,
    });
    const successions = await t.prisma.unitSuccession.findMany({
      where: { successorId: result.successorId },
    });
    expect(successions.map((s) => s.predecessorId).sort()).toEqual([khcn, bqlkcn].sort());
    const ended = await t.prisma.membership.findMany({
      where: { blocYearId: ids.y2024.id, unitId: { in: [khcn, bqlkcn] } },
      select: { leftOn: true },
    });
    expect(ended.every((m) => m.leftOn?.getTime() === fromIsoDay("2024-10-01").getTime())).toBe(true);
    expect(
      await t.prisma.membership.count({
        where: { blocYearId: ids.y2024.id, unitId: result.successorId, joinedOn: fromIsoDay("2024-10-01") },
      }),
    ).toBe(1);
    expect(
      await t.prisma.membership.count({ where: { blocYearId: ids.y2023.id, unitId: khcn, leftOn: null } }),
    ).toBe(1);
    expect(unitNameOn(await names(khcn), "2023-12-31")?.name).toBe("Sở Khoa học và Công nghệ");
    expect(
      await t.prisma.auditEvent.count({ where: { entity: "UnitSuccession", blocYearId: ids.y2024.id } }),
    ).toBe(2);
    await expect(
      mergeUnits(t.prisma, secretariat(), {
        successorMode: "existing",
        successorUnitId: result.successorId,
        blocYearId: ids.y2024.id,
        predecessorIds: [khcn],
        effectiveOn: fromIsoDay("2024-10-01"),
        decisionRef: null,
        endMemberships: false,
        addSuccessor: false,
      }),
    ).rejects.toThrow(
      /^Đã ghi nhận Sở Khoa học và Công nghệ hợp nhất vào .* từ ngày \d{2}\/\d{2}\/\d{4}.*“Hợp nhất đã ghi nhận”/,
    );
  });

  it("refuses renames and mergers once the year is published", async () => {
    const unitId = await ids.unit("XD");
    const before = await names(unitId);
    await whilePublished(t.prisma, ids.y2024.id, async () => {
      await expect(
        renameUnit(t.prisma, secretariat(), {
          blocYearId: ids.y2024.id,
          unitId,
          currentNameId: await latestNameId(unitId),
          name: "X",
          shortName: "X",
          validFrom: fromIsoDay("2024-05-01"),
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        mergeUnits(t.prisma, secretariat(), {
          successorMode: "existing",
          successorUnitId: unitId,
          blocYearId: ids.y2024.id,
          predecessorIds: [await ids.unit("GTVT")],
          effectiveOn: fromIsoDay("2024-05-01"),
          decisionRef: null,
          endMemberships: false,
          addSuccessor: false,
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
    expect(await names(unitId)).toEqual(before);
  });
});
