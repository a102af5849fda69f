import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/server/seed/users";
import { demoWorld } from "../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

describe.each(testBackends())("sign-in with credentials (%s)", (kind) => {
  let t: TestDatabase;
  const attempt = (username: unknown, password: unknown, address = "198.51.100.1") =>
    verifyCredentials(t.prisma, { username, password }, address);

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("signs a demo user in with their role and scope, whatever the username's case", async () => {
    const result = await attempt("  ThuKy.KTKT ", DEMO_PASSWORD);
    expect(result).toMatchObject({
      ok: true,
      user: { username: "thuky.ktkt", grants: [{ kind: "BLOC_SECRETARIAT", unitId: null }] },
    });
    expect(result.ok && result.user.grants[0]?.blocId).toBeTruthy();
    expect(result.ok && "passwordHash" in result.user).toBe(false);
  });

  it.each([
    ["empty", "", ""],
    ["a 10 KB username", "x".repeat(10_240), "secret"],
    ["a 10 KB password", "admin.yenbai", "x".repeat(10_240)],
    ["numbers instead of text", 42, 42],
    ["a NUL or control character", "admin\u0000.yenbai", "secret"],
    ["a right-to-left override in the username", "admin\u202e.yenbai", "secret"],
  ])("rejects %s as invalid input without touching the counts", async (_case, username, password) => {
    expect(await attempt(username, password)).toEqual({ ok: false, failure: "invalid-input" });
  });

  it.each([
    ["an unknown user", "không.có.ai", DEMO_PASSWORD],
    [
      "emoji in the username, right-to-left marks and NUL in the password",
      "🙂tên",
      "mật khẩu\u202e 🙂\u0000",
    ],
  ])("answers %s like a wrong password", async (_case, username, password) => {
    expect(await attempt(username, password, "198.51.100.2")).toEqual({
      ok: false,
      failure: "invalid-credentials",
    });
  });

  it("locks an account after 5 wrong passwords, even against the right one, and tells how long", async () => {
    for (let i = 1; i <= 4; i++) {
      expect(await attempt("xem.ktkt", `sai-${i}`, `203.0.113.${i}`)).toEqual({
        ok: false,
        failure: "invalid-credentials",
      });
    }
    const fifth = await attempt("xem.ktkt", "sai-5", "203.0.113.5");
    expect(fifth.ok === false && fifth.failure).toEqual({ lockedSeconds: expect.any(Number) });
    const right = await attempt("xem.ktkt", DEMO_PASSWORD, "203.0.113.6");
    expect(
      right.ok === false && typeof right.failure === "object" && right.failure.lockedSeconds,
    ).toBeGreaterThan(14 * 60);
  });

  it("locks an address after 20 failures across accounts, sparing other addresses", async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < 19; i++) await attempt(`khach-${i}`, "sai", address);
    const twentieth = await attempt("khach-20", "sai", address);
    expect(twentieth.ok === false && typeof twentieth.failure).toBe("object");
    expect((await attempt("admin.yenbai", DEMO_PASSWORD, address)).ok).toBe(false);
    expect((await attempt("admin.yenbai", DEMO_PASSWORD, "192.0.2.78")).ok).toBe(true);
  });

  it("clears an account's failures when it signs in successfully", async () => {
    for (let i = 0; i < 4; i++) await attempt("lanhdao.tnmt", "sai", "198.51.100.9");
    expect((await attempt("lanhdao.tnmt", DEMO_PASSWORD, "198.51.100.9")).ok).toBe(true);
    expect(await attempt("lanhdao.tnmt", "sai", "198.51.100.9")).toEqual({
      ok: false,
      failure: "invalid-credentials",
    });
  });
});
