import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromIsoDay } from "@/domain/calendar";
import { auditFilterSchema } from "@/schemas/audit/audit-filter";
import type { SessionUser } from "@/server/auth/session-user";
import { updateAccountSchema } from "@/schemas/accounts/account";
import { createAccount } from "@/server/mutations/accounts/create-account";
import { updateAccount } from "@/server/mutations/accounts/update-account";
import { createBloc, renameBloc } from "@/server/mutations/province/blocs";
import { createAgency } from "@/server/mutations/province/create-agency";
import { getAccount } from "@/server/queries/accounts/list-accounts";
import { listProvinceAuditEvents } from "@/server/queries/audit/list-province-audit-events";
import { AUDIT_PAGE_SIZE } from "@/server/queries/audit/load-audit-page";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const filter = (query: Record<string, unknown> = {}) => auditFilterSchema.parse(query);

describe.each(testBackends())("the province's audit log (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let admin: SessionUser;
  let otherAdmin: SessionUser;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    admin = demo.user("admin.yenbai");
    const laoCai = await t.prisma.province.findUniqueOrThrow({ where: { code: "LC" } });
    otherAdmin = await createUserWithGrants(t.prisma, {
      username: "admin.laocai",
      provinceId: laoCai.id,
      grants: [{ kind: "PROVINCE_ADMIN" }],
    });
    await createAgency(t.prisma, admin, {
      name: "Sở Ngoại vụ",
      shortName: "SNgV",
      code: null,
      validFrom: fromIsoDay("2025-01-01"),
    });
    await createAccount(t.prisma, admin, {
      username: "thuky.moi",
      displayName: "Thư ký mới",
      grants: [{ kind: "BLOC_SECRETARIAT", blocId: demo.ktkt.id, unitId: null }],
    });
    await createAgency(t.prisma, otherAdmin, {
      name: "Sở Du lịch Lào Cai",
      shortName: "SDL LC",
      code: null,
      validFrom: fromIsoDay("2025-01-01"),
    });
  });
  afterAll(() => t.close());

  it("shows the province's agency and account changes in words, and no other province's nor any year's", async () => {
    const log = (await listProvinceAuditEvents(t.prisma, admin, filter()))!;
    const lines = log.events.map((event) => `${event.text.entity} · ${event.text.action}`);
    expect(lines).toContain("Đơn vị · Thêm");
    expect(lines).toContain("Tài khoản · Tạo tài khoản");
    expect(log.events.map((event) => event.actorName)).toContain(admin.displayName);
    const text = JSON.stringify(log.events.map((event) => event.text));
    expect(text).toContain("Sở Ngoại vụ");
    expect(text).not.toContain("Lào Cai");
    expect(log.events.every((event) => event.entity !== "ScoreLine" && event.entity !== "Task")).toBe(true);
    expect(log.entities.map((entity) => entity.label)).toEqual(
      expect.arrayContaining(["Đơn vị", "Tài khoản"]),
    );

    const theirs = (await listProvinceAuditEvents(t.prisma, otherAdmin, filter()))!;
    expect(JSON.stringify(theirs.events.map((event) => event.text))).toContain("Sở Du lịch Lào Cai");
    expect(JSON.stringify(theirs.events.map((event) => event.text))).not.toContain("Sở Ngoại vụ");
  });

  it("pages newest first and filters by record kind and by person", async () => {
    const { blocId } = await createBloc(t.prisma, admin, {
      name: "Khối nội chính",
      code: "NC",
      foundedOn: fromIsoDay("2025-01-01"),
    });
    for (let round = 0; round < AUDIT_PAGE_SIZE; round++) {
      const { version } = await t.prisma.bloc.findUniqueOrThrow({ where: { id: blocId } });
      await renameBloc(t.prisma, admin, { blocId, version, name: `Khối nội chính ${round + 1}` });
    }
    const blocs = (await listProvinceAuditEvents(t.prisma, admin, filter({ entity: "Bloc" })))!;
    expect(blocs.total).toBe(AUDIT_PAGE_SIZE + 1);
    expect(blocs.pageCount).toBe(2);
    expect(blocs.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(JSON.stringify(blocs.events[0]!.text)).toContain(`Khối nội chính ${AUDIT_PAGE_SIZE}`);
    const second = (await listProvinceAuditEvents(t.prisma, admin, filter({ entity: "Bloc", page: "2" })))!;
    expect(second.events.map((event) => event.text.action)).toEqual(["Thêm"]);

    const byOther = (await listProvinceAuditEvents(t.prisma, admin, filter({ actor: otherAdmin.id })))!;
    expect(byOther.total).toBe(0);
  });

  it("names each change's author as they were named then, whatever they are called now", async () => {
    const deputy = await createUserWithGrants(t.prisma, {
      username: "admin.pho",
      displayName: "Trần Văn Phó",
      provinceId: admin.provinceId,
      grants: [{ kind: "PROVINCE_ADMIN" }],
    });
    await createAgency(t.prisma, deputy, {
      name: "Sở Dân tộc",
      shortName: "SDT",
      code: null,
      validFrom: fromIsoDay("2025-01-01"),
    });
    const account = (await getAccount(t.prisma, admin, deputy.id))!;
    await updateAccount(
      t.prisma,
      admin,
      updateAccountSchema.parse({
        userId: deputy.id,
        version: account.version,
        displayName: "Trần Văn Phó Giám đốc",
        grants: JSON.stringify([{ kind: "PROVINCE_ADMIN" }]),
      }),
    );

    const log = (await listProvinceAuditEvents(t.prisma, admin, filter({ actor: deputy.id })))!;
    expect(log.events.map((event) => [event.actorName, JSON.stringify(event.text)])).toEqual([
      ["Trần Văn Phó", expect.stringContaining("Sở Dân tộc")],
    ]);
    const rename = (await listProvinceAuditEvents(t.prisma, admin, filter({ entity: "User" })))!.events[0]!;
    expect(rename).toMatchObject({ actorName: admin.displayName, field: "displayName" });
  });

  it.each(["thuky.ktkt", "lanhdao.tnmt", "xem.ktkt"])("is not for %s", async (username) => {
    expect(await listProvinceAuditEvents(t.prisma, demo.user(username), filter())).toBeNull();
  });
});
