import "server-only";
import { accountVersion } from "@/domain/accounts/account-version";
import { grantKey, type UpdateAccountInput } from "@/schemas/accounts/account";
import type { SessionUser } from "@/server/auth/session-user";
import { requireProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import {
  findProvinceAccount,
  describeGrants,
  lockProvinceAccounts,
  requireAnAdminLeft,
  requireNewGrantsOnActiveAgencies,
  requireScopesInProvince,
} from "./account-guards";

/**
 * Renames an account and replaces its grants. A change of grants ends the holder's sessions (a
 * trigger on "Grant" raises their session version), so it applies at their next request on
 * every instance; a rename alone does not. Refused when the account changed since the form was
 * loaded (the province's account lock makes the check and the write one step).
 */
export async function updateAccount(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: UpdateAccountInput,
): Promise<void> {
  const provinceId = requireProvinceAdmin(user);
  await prisma.$transaction(async (tx) => {
    await lockProvinceAccounts(tx, provinceId);
    const account = await findProvinceAccount(tx, provinceId, input.userId);
    if (accountVersion(account.displayName, account.grants) !== input.version)
      throw new ConflictError("Người khác vừa sửa tài khoản này. Tải lại trang để xem.");
    await requireScopesInProvince(tx, provinceId, input.grants);
    await requireNewGrantsOnActiveAgencies(tx, provinceId, input.grants, account.grants);
    const audit = (field: "displayName" | "grants", oldValue: string, newValue: string) =>
      recordAudit(tx, {
        actorId: user.id,
        entity: "User",
        entityId: account.id,
        action: "update",
        field,
        oldValue,
        newValue,
        subject: account.username,
      });
    if (account.displayName !== input.displayName) {
      await tx.user.update({ where: { id: account.id }, data: { displayName: input.displayName } });
      await audit("displayName", account.displayName, input.displayName);
    }
    const before = new Set(account.grants.map(grantKey));
    const after = new Set(input.grants.map(grantKey));
    if (before.size === after.size && [...after].every((key) => before.has(key))) return;
    await tx.grant.deleteMany({ where: { userId: account.id } });
    await tx.grant.createMany({
      data: input.grants.map((grant) => ({ ...grant, provinceId, userId: account.id })),
    });
    await requireAnAdminLeft(tx, provinceId);
    await audit("grants", await describeGrants(tx, account.grants), await describeGrants(tx, input.grants));
  });
}
