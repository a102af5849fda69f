import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { UserFacingError } from "@/server/errors";
import { createFirstAdmin } from "@/server/mutations/create-first-admin";
import { hasAnyUser } from "@/server/queries/has-any-user";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

const input = (username: string) => ({
  provinceName: "Lào Cai",
  provinceCode: "lc",
  displayName: "Nguyễn Thị Quản Trị",
  username,
  password: "mat-khau-du-dai",
  passwordConfirm: "mat-khau-du-dai",
});

describe.each(testBackends())("first-run administrator (%s)", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("creates exactly one admin when two people submit the first-run form at once", async () => {
    expect(await hasAnyUser(t.prisma)).toBe(false);
    const outcomes = await Promise.allSettled([
      createFirstAdmin(t.prisma, input("Admin.Một")),
      createFirstAdmin(t.prisma, input("admin.hai")),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(UserFacingError);
    expect(await t.prisma.user.count()).toBe(1);
    expect(await t.prisma.province.findMany({ select: { code: true, name: true } })).toEqual([
      { code: "LC", name: "Lào Cai" },
    ]);
  });

  it("refuses once a user exists, and the admin can sign in", async () => {
    await expect(createFirstAdmin(t.prisma, input("admin.ba"))).rejects.toThrow(
      "Hệ thống đã có tài khoản quản trị",
    );
    const admin = await t.prisma.user.findFirstOrThrow({ select: { username: true } });
    const signIn = await verifyCredentials(
      t.prisma,
      { username: admin.username, password: "mat-khau-du-dai" },
      "127.0.0.1",
    );
    expect(signIn).toMatchObject({ ok: true, user: { role: "PROVINCE_ADMIN" } });
  });
});
