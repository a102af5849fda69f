import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { requireProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { findProvinceAccount, lockProvinceAccounts, requireAnAdminLeft } from "./account-guards";

/**
 * Deactivates or reactivates an account. Deactivating ends its sessions at once (a trigger on
 * "User" raises the session version when "active" changes); no row is deleted, so the audit log
 * keeps naming who did what. An admin cannot deactivate themself or the province's last admin.
 */
export async function setAccountActive(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: { userId: string; active: boolean },
): Promise<void> {
  const provinceId = requireProvinceAdmin(user);
  if (!input.active && input.userId === user.id)
    throw new UserFacingError("Bạn không thể tự khóa tài khoản của chính mình.");
  await prisma.$transaction(async (tx) => {
    await lockProvinceAccounts(tx, provinceId);
    const account = await findProvinceAccount(tx, provinceId, input.userId);
    if (account.active === input.active) return;
    await tx.user.update({ where: { id: account.id }, data: { active: input.active } });
    if (!input.active) await requireAnAdminLeft(tx, provinceId);
    await recordAudit(tx, {
      actorId: user.id,
      entity: "User",
      entityId: account.id,
      action: input.active ? "reactivate" : "deactivate",
      field: "active",
      oldValue: account.active,
      newValue: input.active,
      subject: account.username,
    });
  });
}
