import "server-only";
import { hash } from "@node-rs/argon2";
import type { CreateAccountInput } from "@/schemas/accounts/account";
import { normalizeUsername } from "@/schemas/sign-in";
import type { SessionUser } from "@/server/auth/session-user";
import { requireProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import {
  describeGrants,
  lockProvinceAccounts,
  requireNewGrantsOnActiveAgencies,
  requireScopesInProvince,
} from "./account-guards";
import { newTemporaryPassword } from "./temporary-password";

/**
 * A province admin opens an account in their province with its grants. The account gets a
 * one-time temporary password, returned here once and never stored in clear: its holder must
 * choose their own at the first sign-in.
 */
export async function createAccount(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CreateAccountInput,
): Promise<{ id: string; username: string; temporaryPassword: string }> {
  const provinceId = requireProvinceAdmin(user);
  const username = normalizeUsername(input.username);
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hash(temporaryPassword);
  return prisma.$transaction(async (tx) => {
    await lockProvinceAccounts(tx, provinceId);
    await requireScopesInProvince(tx, provinceId, input.grants);
    await requireNewGrantsOnActiveAgencies(tx, provinceId, input.grants);
    // Usernames are unique across provinces: one sign-in page serves them all.
    if (await tx.user.findUnique({ where: { username }, select: { id: true } }))
      throw new UserFacingError(`Tên đăng nhập “${username}” đã có người dùng. Hãy chọn tên khác.`);
    const created = await tx.user.create({
      data: {
        username,
        displayName: input.displayName,
        passwordHash,
        mustChangePassword: true,
        provinceId,
        grants: { create: input.grants.map((grant) => ({ ...grant, provinceId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "User",
      entityId: created.id,
      action: "create-account",
      newValue: { username, displayName: input.displayName, grants: await describeGrants(tx, input.grants) },
      subject: username,
    });
    return { id: created.id, username, temporaryPassword };
  });
}
