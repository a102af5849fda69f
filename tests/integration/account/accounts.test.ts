import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountSchema, updateAccountSchema } from "@/schemas/accounts/account";
import { findSessionUser } from "@/server/auth/find-session-user";
import type { SessionUser } from "@/server/auth/session-user";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { changeOwnPassword } from "@/server/mutations/account/change-own-password";
import { createAccount } from "@/server/mutations/accounts/create-account";
import { resetAccountPassword } from "@/server/mutations/accounts/reset-account-password";
import { setAccountActive } from "@/server/mutations/accounts/set-account-active";
import { updateAccount } from "@/server/mutations/accounts/update-account";
import { getAccount, listAccounts } from "@/server/queries/accounts/list-accounts";
import { listGrantScopes } from "@/server/queries/accounts/list-grant-scopes";
import { DEMO_PASSWORD } from "@/server/seed/users";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const OWN_PASSWORD = "mat-khau-rieng-2025";

describe.each(testBackends())("user accounts of a province (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let admin: SessionUser;
  const signIn = (username: string, password: string) =>
    verifyCredentials(t.prisma, { username, password }, "198.51.100.70");
  const accountsFingerprint = async () => ({
    users: await t.prisma.user.findMany({ orderBy: { id: "asc" } }),
    grants: await t.prisma.grant.findMany({ orderBy: { id: "asc" } }),
    audit: await t.prisma.auditEvent.count({ where: { entity: "User" } }),
  });
  const grants = (value: unknown) => JSON.stringify(value);
  /** What the account page's form posts back as it was when the page loaded. */
  const versionOf = async (userId: string) => (await getAccount(t.prisma, admin, userId))!.version;
  const create = (input: Record<string, unknown>, as = admin) =>
    createAccount(t.prisma, as, createAccountSchema.parse(input));

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    admin = demo.user("admin.yenbai");
  });
  afterAll(() => t.close());

  it("creates an account with several grants and a temporary password that must be changed", async () => {
    const unitId = demo.user("lanhdao.congthuong").grants[0]!.unitId;
    const created = await create({
      username: "  LanhDao.TNMT2 ",
      displayName: "Nguyễn Văn Mới",
      grants: grants([
        { kind: "AGENCY_LEADER", unitId },
        { kind: "VIEWER", blocId: null },
      ]),
    });
    expect(created.username).toBe("lanhdao.tnmt2");
    const signedIn = await signIn("lanhdao.tnmt2", created.temporaryPassword);
    expect(signedIn.ok && signedIn.user).toMatchObject({
      mustChangePassword: true,
      grants: [
        { kind: "AGENCY_LEADER", unitId, blocId: null },
        { kind: "VIEWER", unitId: null, blocId: null },
      ],
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "create-account", subject: "lanhdao.tnmt2" });
    expect(JSON.stringify(audit.newValue)).not.toContain(created.temporaryPassword);
  });

  it("lifts the restriction once the holder chooses their own password", async () => {
    const { temporaryPassword } = await create({
      username: "xem.moi",
      displayName: "Người xem mới",
      grants: grants([{ kind: "VIEWER", blocId: demo.ktkt.id }]),
    });
    const first = await signIn("xem.moi", temporaryPassword);
    if (!first.ok) throw new Error("sign-in failed");
    await changeOwnPassword(t.prisma, first.user, {
      currentPassword: temporaryPassword,
      newPassword: OWN_PASSWORD,
    });
    const again = await signIn("xem.moi", OWN_PASSWORD);
    expect(again.ok && again.user.mustChangePassword).toBe(false);
    expect((await signIn("xem.moi", temporaryPassword)).ok).toBe(false);
  });

  it("refuses a taken username, a scope of another province and an empty grant list", async () => {
    const before = await accountsFingerprint();
    await expect(
      create({ username: "thuky.ktkt", displayName: "Trùng", grants: grants([{ kind: "VIEWER" }]) }),
    ).rejects.toThrow(UserFacingError);
    const other = await t.prisma.province.create({ data: { code: "ZZ", name: "Tỉnh khác" } });
    const foreignBloc = await t.prisma.bloc.create({
      data: { provinceId: other.id, code: "ZZ", name: "Khối khác", foundedOn: new Date("2020-01-01") },
    });
    await expect(
      create({
        username: "thuky.zz",
        displayName: "Khác tỉnh",
        grants: grants([{ kind: "BLOC_SECRETARIAT", blocId: foreignBloc.id }]),
      }),
    ).rejects.toThrow(UserFacingError);
    expect(createAccountSchema.safeParse({ username: "a", displayName: "A", grants: "[]" }).success).toBe(
      false,
    );
    expect(
      createAccountSchema.safeParse({
        username: "a",
        displayName: "A",
        grants: grants([{ kind: "BLOC_SECRETARIAT" }]),
      }).success,
    ).toBe(false);
    expect(await accountsFingerprint()).toEqual(before);
  });

  it("applies a change of grants at the holder's next request, and audits old → new", async () => {
    const secretariat = await signIn("thuky.vhxh", DEMO_PASSWORD);
    if (!secretariat.ok) throw new Error("sign-in failed");
    const claim = { userId: secretariat.user.id, sessionVersion: secretariat.user.sessionVersion };
    await updateAccount(
      t.prisma,
      admin,
      updateAccountSchema.parse({
        userId: claim.userId,
        version: await versionOf(claim.userId),
        displayName: "Hoàng Thị Minh Ngọc",
        grants: grants([{ kind: "BLOC_SECRETARIAT", blocId: demo.ktkt.id }]),
      }),
    );
    expect(await findSessionUser(t.prisma, claim)).toBeNull();
    const again = await signIn("thuky.vhxh", DEMO_PASSWORD);
    expect(again.ok && again.user.grants).toEqual([
      { kind: "BLOC_SECRETARIAT", provinceId: admin.provinceId, blocId: demo.ktkt.id, unitId: null },
    ]);
    const fields = await t.prisma.auditEvent.findMany({
      where: { entityId: claim.userId, action: "update" },
      select: { field: true },
    });
    expect(fields.map((row) => row.field).sort()).toEqual(["displayName", "grants"]);
  });

  it("refuses a save from a page loaded before another admin's change, keeping that change", async () => {
    const target = demo.user("xem.ktkt");
    const secondAdmin = await createUserWithGrants(t.prisma, {
      username: "admin3.yenbai",
      provinceId: admin.provinceId,
      grants: [{ kind: "PROVINCE_ADMIN" }],
    });
    const loadedByBoth = await versionOf(target.id);
    const save = (as: SessionUser, displayName: string) =>
      updateAccount(
        t.prisma,
        as,
        updateAccountSchema.parse({
          userId: target.id,
          version: loadedByBoth,
          displayName,
          grants: grants([{ kind: "VIEWER", blocId: demo.ktkt.id }]),
        }),
      );
    await save(admin, "Tên do quản trị A sửa");
    const before = await accountsFingerprint();
    await expect(save(secondAdmin, "Tên cũ trên trang của B")).rejects.toThrow(
      "Người khác vừa sửa tài khoản này. Tải lại trang để xem.",
    );
    expect(await accountsFingerprint()).toEqual(before);
    expect((await getAccount(t.prisma, admin, target.id))?.displayName).toBe("Tên do quản trị A sửa");
    // The later tests count on admin.yenbai being the province's only active admin.
    await setAccountActive(t.prisma, admin, { userId: secondAdmin.id, active: false });
  });

  it("offers and grants only active agencies, keeping a grant already held on one since deactivated", async () => {
    const dissolved = await t.prisma.unit.create({
      data: {
        provinceId: admin.provinceId,
        code: "GIAITHE",
        deactivatedOn: new Date("2024-01-01"),
        names: { create: { name: "Sở Đã Giải Thể", shortName: "SĐGT", validFrom: new Date("2020-01-01") } },
      },
    });
    const activeUnitId = demo.user("lanhdao.congthuong").grants[0]!.unitId;
    // The demo's Sở Tài nguyên và Môi trường was merged away in 2025; its leader's grant remains.
    const mergedUnitId = demo.user("lanhdao.tnmt").grants[0]!.unitId!;
    const units = (await listGrantScopes(t.prisma, admin))!.units;
    expect(units.find((unit) => unit.id === dissolved.id)).toMatchObject({ inactive: true });
    expect(units.find((unit) => unit.id === mergedUnitId)).toMatchObject({ inactive: true });
    expect(units.find((unit) => unit.id === activeUnitId)?.inactive).toBeUndefined();

    const leaderOf = (unitId: string) => grants([{ kind: "AGENCY_LEADER", unitId }]);
    const before = await accountsFingerprint();
    await expect(
      create({ username: "lanhdao.giaithe", displayName: "Lãnh đạo", grants: leaderOf(dissolved.id) }),
    ).rejects.toThrow("đã ngừng hoạt động hoặc đã sáp nhập");
    const holder = await createUserWithGrants(t.prisma, {
      username: "lanhdao.cu",
      provinceId: admin.provinceId,
      grants: [{ kind: "VIEWER" }],
    });
    const save = async (displayName: string, grantList: string) =>
      updateAccount(
        t.prisma,
        admin,
        updateAccountSchema.parse({
          userId: holder.id,
          version: await versionOf(holder.id),
          displayName,
          grants: grantList,
        }),
      );
    const middle = await accountsFingerprint();
    await expect(save("Lãnh đạo cũ", leaderOf(dissolved.id))).rejects.toThrow("đã ngừng hoạt động");
    await expect(save("Lãnh đạo cũ", leaderOf(mergedUnitId))).rejects.toThrow("đã sáp nhập");
    expect(await accountsFingerprint()).toEqual(middle);
    expect(before.users.length + 1).toBe(middle.users.length);

    // Held before the agency ended (written directly): a rename still saves and keeps it.
    await t.prisma.grant.updateMany({
      where: { userId: holder.id },
      data: { kind: "AGENCY_LEADER", unitId: dissolved.id },
    });
    await save("Lãnh đạo cũ đổi tên", leaderOf(dissolved.id));
    expect(await getAccount(t.prisma, admin, holder.id)).toMatchObject({
      displayName: "Lãnh đạo cũ đổi tên",
      grants: [{ kind: "AGENCY_LEADER", unitId: dissolved.id }],
    });
  });

  it("deactivates (ending sessions at once) and reactivates, never oneself", async () => {
    const viewer = await signIn("xem.ktkt", DEMO_PASSWORD);
    if (!viewer.ok) throw new Error("sign-in failed");
    const claim = { userId: viewer.user.id, sessionVersion: viewer.user.sessionVersion };
    await setAccountActive(t.prisma, admin, { userId: claim.userId, active: false });
    expect(await findSessionUser(t.prisma, claim)).toBeNull();
    expect((await signIn("xem.ktkt", DEMO_PASSWORD)).ok).toBe(false);
    expect(
      (await listAccounts(t.prisma, admin, { q: "xem.ktkt", status: "inactive" }))?.map((a) => a.username),
    ).toEqual(["xem.ktkt"]);
    await setAccountActive(t.prisma, admin, { userId: claim.userId, active: true });
    expect((await signIn("xem.ktkt", DEMO_PASSWORD)).ok).toBe(true);
    await expect(setAccountActive(t.prisma, admin, { userId: admin.id, active: false })).rejects.toThrow(
      "Bạn không thể tự khóa tài khoản của chính mình.",
    );
  });

  it("never leaves the province without an active admin", async () => {
    const second = await createUserWithGrants(t.prisma, {
      username: "admin2.yenbai",
      provinceId: admin.provinceId,
      grants: [{ kind: "PROVINCE_ADMIN" }],
    });
    await setAccountActive(t.prisma, second, { userId: admin.id, active: false });
    const before = await accountsFingerprint();
    await expect(
      updateAccount(
        t.prisma,
        second,
        updateAccountSchema.parse({
          userId: second.id,
          version: await versionOf(second.id),
          displayName: "Admin 2",
          grants: grants([{ kind: "VIEWER" }]),
        }),
      ),
    ).rejects.toThrow("tài khoản quản trị cuối cùng");
    expect(await accountsFingerprint()).toEqual(before);
    await setAccountActive(t.prisma, second, { userId: admin.id, active: true });
  });

  it("resets a password to a one-time temporary one that ends every session", async () => {
    const leader = await signIn("lanhdao.tnmt", DEMO_PASSWORD);
    if (!leader.ok) throw new Error("sign-in failed");
    const { temporaryPassword } = await resetAccountPassword(t.prisma, admin, { userId: leader.user.id });
    expect(
      await findSessionUser(t.prisma, { userId: leader.user.id, sessionVersion: leader.user.sessionVersion }),
    ).toBeNull();
    expect((await signIn("lanhdao.tnmt", DEMO_PASSWORD)).ok).toBe(false);
    const next = await signIn("lanhdao.tnmt", temporaryPassword);
    expect(next.ok && next.user.mustChangePassword).toBe(true);
    expect(
      await t.prisma.auditEvent.count({ where: { entityId: leader.user.id, action: "reset-password" } }),
    ).toBe(1);
  });

  it("refuses every account action to every holder of another grant, changing nothing", async () => {
    const other = await t.prisma.province.create({ data: { code: "YY", name: "Tỉnh thứ ba" } });
    const target = demo.user("thuky.ktkt");
    const intruders: SessionUser[] = [
      demo.user("thuky.ktkt"),
      demo.user("xem.ktkt"),
      demo.user("lanhdao.congthuong"),
      await createUserWithGrants(t.prisma, {
        username: "canbo.tnmt",
        provinceId: admin.provinceId,
        grants: [{ kind: "AGENCY_SECRETARIAT_STAFF", unitId: demo.user("lanhdao.tnmt").grants[0]!.unitId }],
      }),
      await createUserWithGrants(t.prisma, {
        username: "admin.yy",
        provinceId: other.id,
        grants: [{ kind: "PROVINCE_ADMIN" }],
      }),
    ];
    const before = await accountsFingerprint();
    const actions = (as: SessionUser) => [
      () =>
        create(
          {
            username: `moi.${as.username}`,
            displayName: "Mới",
            grants: grants([{ kind: "PROVINCE_ADMIN" }]),
          },
          as,
        ),
      () =>
        updateAccount(
          t.prisma,
          as,
          updateAccountSchema.parse({
            userId: target.id,
            version: "[]",
            displayName: "X",
            grants: grants([{ kind: "PROVINCE_ADMIN" }]),
          }),
        ),
      () => setAccountActive(t.prisma, as, { userId: target.id, active: false }),
      () => resetAccountPassword(t.prisma, as, { userId: target.id }),
      () =>
        listAccounts(t.prisma, as, { q: "", status: "all" }).then(
          (rows) => rows ?? Promise.reject(new ForbiddenError()),
        ),
    ];
    for (const as of intruders) {
      // Another province's admin creates and lists accounts of their own province: no intrusion.
      const tried = as.provinceId === other.id ? actions(as).slice(1, 4) : actions(as);
      for (const run of tried) await expect(run()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await accountsFingerprint()).toEqual(before);
  });
});
