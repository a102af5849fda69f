import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSessionUser } from "@/server/auth/find-session-user";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { ConflictError, UserFacingError } from "@/server/errors";
import { changeOwnPassword } from "@/server/mutations/account/change-own-password";
import { DEMO_PASSWORD } from "@/server/seed/users";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const NEW_PASSWORD = "mật-khẩu-mới-2025";

describe.each(testBackends())("changing one's own password (%s)", (kind) => {
  let t: TestDatabase;
  let world: DemoWorld;
  const signIn = (username: string, password: string) =>
    verifyCredentials(t.prisma, { username, password }, "198.51.100.50");
  const stateOf = (userId: string) =>
    t.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { passwordHash: true, sessionVersion: true },
    });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    world = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("refuses a wrong current password and changes nothing", async () => {
    const user = world.user("xem.ktkt");
    const before = await stateOf(user.id);
    await expect(
      changeOwnPassword(t.prisma, user, { currentPassword: "sai-mat-khau", newPassword: NEW_PASSWORD }),
    ).rejects.toThrow(new UserFacingError("Mật khẩu hiện tại không đúng."));
    expect(await stateOf(user.id)).toEqual(before);
    expect(await t.prisma.auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });

  it("counts wrong current passwords against the account like wrong sign-ins", async () => {
    const user = world.user("thuky.vhxh");
    for (let i = 1; i <= 5; i++) {
      await expect(
        changeOwnPassword(t.prisma, user, { currentPassword: `sai-${i}`, newPassword: NEW_PASSWORD }),
      ).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    }
    await expect(
      changeOwnPassword(t.prisma, user, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }),
    ).rejects.toThrow(/^Bạn đã nhập sai quá nhiều lần\. Vui lòng thử lại sau 15 phút\.$/);
    expect(await signIn("thuky.vhxh", DEMO_PASSWORD)).toMatchObject({ ok: false });
  });

  it("replaces the password, ends every session and records who did it", async () => {
    const user = world.user("lanhdao.tnmt");
    const signedIn = await signIn("lanhdao.tnmt", DEMO_PASSWORD);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const oldToken = { userId: user.id, sessionVersion: signedIn.user.sessionVersion };

    await changeOwnPassword(t.prisma, user, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD });

    expect(await findSessionUser(t.prisma, oldToken)).toBeNull();
    expect(await signIn("lanhdao.tnmt", DEMO_PASSWORD)).toEqual({
      ok: false,
      failure: "invalid-credentials",
    });
    const again = await signIn("lanhdao.tnmt", NEW_PASSWORD);
    expect(again.ok && again.user.sessionVersion).toBe(oldToken.sessionVersion + 1);
    expect(
      await t.prisma.auditEvent.findMany({
        where: { entityId: user.id },
        select: { actorId: true, entity: true, action: true, subject: true, oldValue: true, newValue: true },
      }),
    ).toEqual([
      {
        actorId: user.id,
        entity: "User",
        action: "change-password",
        subject: "lanhdao.tnmt",
        oldValue: null,
        newValue: null,
      },
    ]);
  });

  it("lets one of two simultaneous changes through and refuses the other", async () => {
    const user = world.user("admin.yenbai");
    const outcomes = await Promise.allSettled(
      ["mat-khau-mot-2025", "mat-khau-hai-2025"].map((newPassword) =>
        changeOwnPassword(t.prisma, user, { currentPassword: DEMO_PASSWORD, newPassword }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    // Overlapping, the loser's guarded update finds the hash gone (a conflict); when the machine is
    // slow enough that the first change ends before the second reads, the second's "current"
    // password is simply no longer right. Either way it is refused and changes nothing.
    const reason = refused?.status === "rejected" ? refused.reason : undefined;
    const refusedCleanly =
      reason instanceof ConflictError ||
      (reason instanceof UserFacingError && reason.message === "Mật khẩu hiện tại không đúng.");
    expect(refusedCleanly, String(reason)).toBe(true);
    const winners = await Promise.all(
      ["mat-khau-mot-2025", "mat-khau-hai-2025"].map(
        async (password) => (await signIn("admin.yenbai", password)).ok,
      ),
    );
    expect(winners.filter(Boolean)).toHaveLength(1);
    expect(await t.prisma.auditEvent.count({ where: { entityId: user.id, action: "change-password" } })).toBe(
      1,
    );
  });
});
