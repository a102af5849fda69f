import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSessionUser } from "@/server/auth/find-session-user";
import type { SignedInUser } from "@/server/auth/session-user";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { endSessions } from "@/server/mutations/account/end-sessions";
import { DEMO_PASSWORD } from "@/server/seed/users";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

describe.each(testBackends())("session versions (%s)", (kind) => {
  let t: TestDatabase;
  let world: DemoWorld;

  /** Signs in as a browser would and returns what the token carries. */
  async function signIn(username: string) {
    const result = await verifyCredentials(t.prisma, { username, password: DEMO_PASSWORD }, "198.51.100.40");
    if (!result.ok) throw new Error(`sign-in of ${username} failed`);
    return { userId: result.user.id, sessionVersion: result.user.sessionVersion };
  }
  const read = (claim: { userId?: string; sessionVersion?: number }) => findSessionUser(t.prisma, claim);
  const versionOf = async (userId: string) =>
    (await t.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } }))
      .sessionVersion;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    world = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("reads the user a fresh token names, with role and scope from the database", async () => {
    const claim = await signIn("thuky.ktkt");
    expect(await read(claim)).toEqual<SignedInUser>({
      ...world.user("thuky.ktkt"),
      sessionVersion: claim.sessionVersion,
      mustChangePassword: false,
    });
  });

  it.each([
    ["no version (a token from before versions)", (id: string) => ({ userId: id })],
    ["no user", () => ({ sessionVersion: 1 })],
    ["a version the user has not reached", (id: string) => ({ userId: id, sessionVersion: 99 })],
    ["an unknown user", () => ({ userId: "không-có-ai", sessionVersion: 1 })],
  ])("refuses a token with %s", async (_case, claimFor) => {
    expect(await read(claimFor(world.user("xem.ktkt").id))).toBeNull();
  });

  it("refuses every token issued before the sessions were ended, and accepts the next sign-in", async () => {
    const laptop = await signIn("lanhdao.tnmt");
    const phone = await signIn("lanhdao.tnmt");
    await endSessions(t.prisma, laptop.userId);
    expect(await read(laptop)).toBeNull();
    expect(await read(phone)).toBeNull();
    const again = await signIn("lanhdao.tnmt");
    expect(again.sessionVersion).toBe(laptop.sessionVersion + 1);
    expect(await read(again)).toMatchObject({ username: "lanhdao.tnmt" });
  });

  it("refuses a deactivated user, and reactivation does not revive their old tokens", async () => {
    const claim = await signIn("xem.ktkt");
    await t.prisma.user.update({ where: { id: claim.userId }, data: { active: false } });
    expect(await read(claim)).toBeNull();
    expect(await read({ ...claim, sessionVersion: await versionOf(claim.userId) })).toBeNull();
    await t.prisma.user.update({ where: { id: claim.userId }, data: { active: true } });
    expect(await read(claim)).toBeNull();
    expect(await versionOf(claim.userId)).toBe(claim.sessionVersion + 2);
  });

  it("ends every session when the grants change, by whatever code changes them", async () => {
    const claim = await signIn("thuky.vhxh");
    await t.prisma.grant.create({
      data: { userId: claim.userId, kind: "VIEWER", provinceId: world.user("thuky.vhxh").provinceId },
    });
    expect(await read(claim)).toBeNull();
    const again = await signIn("thuky.vhxh");
    expect((await read(again))?.grants.map((grant) => grant.kind)).toEqual(["BLOC_SECRETARIAT", "VIEWER"]);
    await t.prisma.grant.deleteMany({ where: { userId: again.userId, kind: "VIEWER" } });
    expect(await read(again)).toBeNull();
  });

  it("ends every session when the password hash changes, by whatever code changes it", async () => {
    const claim = await signIn("admin.yenbai");
    const { passwordHash } = await t.prisma.user.findUniqueOrThrow({
      where: { id: claim.userId },
      select: { passwordHash: true },
    });
    await t.prisma.user.update({ where: { id: claim.userId }, data: { displayName: "Quản trị Yên Bái" } });
    expect(await read(claim)).toMatchObject({ displayName: "Quản trị Yên Bái" });
    await t.prisma.user.updateMany({
      where: { id: claim.userId },
      data: { passwordHash: `${passwordHash}x` },
    });
    expect(await read(claim)).toBeNull();
  });
});
