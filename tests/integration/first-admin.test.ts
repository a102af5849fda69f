import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { UserFacingError } from "@/server/errors";
import { createFirstAdmin, WRONG_SETUP_TOKEN } from "@/server/mutations/create-first-admin";
import { hasAnyUser } from "@/server/queries/has-any-user";
import { ensureSetupToken } from "@/server/setup/setup-token";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

const input = (username: string, setupToken: string) => ({
  setupToken,
  provinceName: "Lào Cai",
  provinceCode: "lc",
  displayName: "Nguyễn Thị Quản Trị",
  username,
  password: "mat-khau-du-dai",
  passwordConfirm: "mat-khau-du-dai",
});

const NO_ENV = {};

describe.each(testBackends())("first-run administrator (%s)", (kind) => {
  let t: TestDatabase;
  let token: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("generates one setup token that every start (every instance) hands out again", async () => {
    const [first, second] = await Promise.all([
      ensureSetupToken(t.prisma, NO_ENV),
      ensureSetupToken(t.prisma, NO_ENV),
    ]);
    expect(first).toEqual({ token: expect.stringMatching(/^[\w-]{24}$/), fromEnv: false });
    expect(second).toEqual(first);
    expect(await ensureSetupToken(t.prisma, NO_ENV)).toEqual(first);
    token = first!.token;
  });

  it.each([
    ["a wrong token", "sai-ma-thiet-lap", NO_ENV],
    ["the database token when SETUP_TOKEN is set", "", { SETUP_TOKEN: "ma-cua-nguoi-van-hanh" }],
  ])("refuses %s, creating nothing", async (_case, given, env) => {
    await expect(createFirstAdmin(t.prisma, input("admin.sai", given || token), env)).rejects.toThrow(
      WRONG_SETUP_TOKEN,
    );
    expect(await hasAnyUser(t.prisma)).toBe(false);
    expect(await t.prisma.province.count()).toBe(0);
  });

  it("creates exactly one admin when two people submit the first-run form at once", async () => {
    const outcomes = await Promise.allSettled([
      createFirstAdmin(t.prisma, input("Admin.Một", token), NO_ENV),
      createFirstAdmin(t.prisma, input("admin.hai", token), NO_ENV),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(UserFacingError);
    expect(await t.prisma.user.count()).toBe(1);
    expect(await t.prisma.province.findMany({ select: { code: true, name: true } })).toEqual([
      { code: "LC", name: "Lào Cai" },
    ]);
  });

  it("stops accepting the token once the admin exists, and the admin can sign in", async () => {
    expect(await t.prisma.setupToken.count()).toBe(0);
    expect(await ensureSetupToken(t.prisma, NO_ENV)).toBeNull();
    await expect(createFirstAdmin(t.prisma, input("admin.ba", token), NO_ENV)).rejects.toThrow(
      "Hệ thống đã có tài khoản quản trị",
    );
    const admin = await t.prisma.user.findFirstOrThrow({ select: { username: true } });
    const signIn = await verifyCredentials(
      t.prisma,
      { username: admin.username, password: "mat-khau-du-dai" },
      "127.0.0.1",
    );
    expect(signIn).toMatchObject({
      ok: true,
      user: { grants: [{ kind: "PROVINCE_ADMIN", blocId: null, unitId: null }] },
    });
  });
});

describe.each(testBackends())("first-run administrator with SETUP_TOKEN (%s)", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("accepts the operator's token and keeps none in the database", async () => {
    const env = { SETUP_TOKEN: "ma-cua-nguoi-van-hanh" };
    expect(await ensureSetupToken(t.prisma, env)).toEqual({ token: env.SETUP_TOKEN, fromEnv: true });
    await createFirstAdmin(t.prisma, input("admin.mot", env.SETUP_TOKEN), env);
    expect(await t.prisma.user.count()).toBe(1);
    expect(await t.prisma.setupToken.count()).toBe(0);
  });
});
