import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { ChangePasswordInput } from "@/schemas/change-password";
import { recordFailure, secondsLocked, clearFailures, type ThrottleKey } from "@/server/auth/login-throttle";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";

/**
 * Replaces the user's password once they prove the current one. Wrong guesses count against the
 * account like wrong sign-ins (a stolen session must not become a way to guess the password).
 * The new hash raises the session version (a trigger on "User"), so every session ends —
 * the caller signs this device in again with the new password.
 */
export async function changeOwnPassword(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: Pick<ChangePasswordInput, "currentPassword" | "newPassword">,
): Promise<void> {
  const account: ThrottleKey = { kind: "user", value: user.username };
  await refuseWhileLocked(prisma, account);
  const { passwordHash } = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!(await verify(passwordHash, input.currentPassword))) {
    await recordFailure(prisma, [account]);
    throw new UserFacingError("Mật khẩu hiện tại không đúng.");
  }
  await clearFailures(prisma, account);
  const newHash = await hash(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // Only over the hash just verified: of two simultaneous changes, one wins.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash },
      // Choosing one's own password lifts a temporary one's restriction (reset-user-password.ts).
      data: { passwordHash: newHash, mustChangePassword: false },
    });
    if (count === 0) throw new ConflictError("Mật khẩu vừa được đổi ở nơi khác. Vui lòng đăng nhập lại.");
    await recordAudit(tx, {
      actorId: user.id,
      entity: "User",
      entityId: user.id,
      action: "change-password",
      subject: user.username,
    });
  });
}

async function refuseWhileLocked(prisma: AppPrismaClient, account: ThrottleKey): Promise<void> {
  const seconds = await secondsLocked(prisma, [account]);
  if (seconds > 0) {
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    throw new UserFacingError(`Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);
  }
}
