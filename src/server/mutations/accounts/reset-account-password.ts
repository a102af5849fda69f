import "server-only";
import { hash } from "@node-rs/argon2";
import { accountThrottleKey } from "@/server/auth/login-throttle";
import type { SessionUser } from "@/server/auth/session-user";
import { requireProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { findProvinceAccount, lockProvinceAccounts } from "./account-guards";
import { newTemporaryPassword } from "./temporary-password";

/**
 * Replaces an account's password with a one-time temporary one, returned here once for the admin
 * to pass on. The new hash ends every session of the account (the "User" trigger), and the
 * holder can open nothing but the account page until they choose their own password.
 */
export async function resetAccountPassword(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: { userId: string },
): Promise<{ username: string; temporaryPassword: string }> {
  const provinceId = requireProvinceAdmin(user);
  if (input.userId === user.id)
    throw new UserFacingError("Hãy đổi mật khẩu của chính bạn ở trang Tài khoản.");
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hash(temporaryPassword);
  return prisma.$transaction(async (tx) => {
    await lockProvinceAccounts(tx, provinceId);
    const account = await findProvinceAccount(tx, provinceId, input.userId);
    await tx.user.update({ where: { id: account.id }, data: { passwordHash, mustChangePassword: true } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "User",
      entityId: account.id,
      action: "reset-password",
      subject: account.username,
    });
    // A lock from wrong guesses would keep the holder from using the new password.
    await tx.loginThrottle.deleteMany({ where: { key: accountThrottleKey(account.username) } });
    return { username: account.username, temporaryPassword };
  });
}
