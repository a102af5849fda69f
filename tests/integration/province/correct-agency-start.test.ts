import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromIsoDay, toIsoDay } from "@/domain/calendar";
import type { SessionUser } from "@/server/auth/session-user";
import { createBloc } from "@/server/mutations/province/blocs";
import { correctAgencyStart } from "@/server/mutations/province/correct-agency-start";
import { createAgency } from "@/server/mutations/province/create-agency";
import { createFirstYear } from "@/server/mutations/province/create-first-year";
import { renameAgency } from "@/server/mutations/province/rename-agency";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const day = fromIsoDay;

describe.each(testBackends())("correcting an agency's first-name day (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let admin: SessionUser;
  const names = async (unitId: string) =>
    (await t.prisma.unitName.findMany({ where: { unitId }, orderBy: { validFrom: "asc" } })).map((n) => ({
      id: n.id,
      name: n.name,
      validFrom: toIsoDay(n.validFrom),
      validTo: n.validTo && toIsoDay(n.validTo),
    }));
  const agency = async (name: string, shortName: string, validFrom: string) => {
    const { unitId } = await createAgency(t.prisma, admin, {
      name,
      shortName,
      code: null,
      validFrom: day(validFrom),
    });
    return { unitId, firstNameId: (await names(unitId))[0]!.id };
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    admin = demo.user("admin.yenbai");
  });
  afterAll(() => t.close());

  it("moves the first name's start day, earlier or later, and audits it outside any bloc-year", async () => {
    const { unitId, firstNameId } = await agency("Sở Du lịch", "SDLich", "2025-03-01");
    await correctAgencyStart(t.prisma, admin, { unitId, firstNameId, validFrom: day("2025-01-01") });
    expect(await names(unitId)).toEqual([
      { id: firstNameId, name: "Sở Du lịch", validFrom: "2025-01-01", validTo: null },
    ]);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: unitId, action: "correctStart" },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      blocYearId: null,
      entity: "Unit",
      field: "validFrom",
      oldValue: "2025-03-01",
      newValue: "2025-01-01",
      subject: "Sở Du lịch",
    });
    await correctAgencyStart(t.prisma, admin, { unitId, firstNameId, validFrom: day("2025-02-01") });
    expect((await names(unitId))[0]!.validFrom).toBe("2025-02-01");
  });

  it("refuses a stale form, a day on or past the next name, and anyone but the province admin", async () => {
    const { unitId, firstNameId } = await agency("Sở Ngoại vụ", "SNgV", "2025-01-01");
    await renameAgency(t.prisma, admin, {
      unitId,
      currentNameId: firstNameId,
      name: "Sở Ngoại vụ tỉnh",
      shortName: "SNgVT",
      validFrom: day("2025-07-01"),
    });
    await expect(
      correctAgencyStart(t.prisma, admin, { unitId, firstNameId, validFrom: day("2025-07-01") }),
    ).rejects.toThrow("Ngày áp dụng phải trước ngày tên tiếp theo có hiệu lực (01/07/2025).");
    const second = (await names(unitId))[1]!.id;
    await expect(
      correctAgencyStart(t.prisma, admin, { unitId, firstNameId: second, validFrom: day("2025-02-01") }),
    ).rejects.toThrow("Người khác vừa sửa tên của đơn vị này");
    await expect(
      correctAgencyStart(t.prisma, demo.user("thuky.ktkt"), {
        unitId,
        firstNameId,
        validFrom: day("2024-01-01"),
      }),
    ).rejects.toThrow();
    expect((await names(unitId))[0]!.validFrom).toBe("2025-01-01");
  });

  it("keeps the name over the memberships of a first year created through the app", async () => {
    const members = [
      await agency("Sở Tư pháp", "STP", "2025-01-01"),
      await agency("Thanh tra tỉnh", "TTr", "2025-01-01"),
    ];
    const { blocId } = await createBloc(t.prisma, admin, {
      name: "Khối các cơ quan nội chính",
      code: "NC",
      foundedOn: day("2025-01-01"),
    });
    await createFirstYear(t.prisma, admin, {
      blocId,
      year: 2025,
      memberUnitIds: members.map((m) => m.unitId),
      headUnitId: members[0]!.unitId,
      standingDeputyUnitId: members[1]!.unitId,
      deputyUnitIds: [],
      electedOn: day("2025-01-10"),
      decisionRef: null,
      scoreTableSource: "template",
      copyFromBlocYearId: null,
    });
    const { unitId, firstNameId } = members[0]!;
    await expect(
      correctAgencyStart(t.prisma, admin, { unitId, firstNameId, validFrom: day("2025-02-01") }),
    ).rejects.toThrow("Đơn vị là thành viên Khối các cơ quan nội chính năm 2025 từ ngày 01/01/2025");
    // Earlier is fine: the year is not published.
    await correctAgencyStart(t.prisma, admin, { unitId, firstNameId, validFrom: day("2024-07-01") });
    expect((await names(unitId))[0]!.validFrom).toBe("2024-07-01");
  });

  it("refuses while a published year shows the first name", async () => {
    const khcn = await t.prisma.unit.findFirstOrThrow({
      where: { code: "KHCN", provinceId: admin.provinceId },
    });
    const [first] = await names(khcn.id);
    const before = await t.prisma.auditEvent.count();
    await expect(
      correctAgencyStart(t.prisma, admin, {
        unitId: khcn.id,
        firstNameId: first!.id,
        validFrom: day("2010-01-01"),
      }),
    ).rejects.toThrow(/năm 2023 đã công bố kết quả với tên này/);
    expect((await names(khcn.id))[0]!.validFrom).toBe(first!.validFrom);
    expect(await t.prisma.auditEvent.count()).toBe(before);
  });
});
