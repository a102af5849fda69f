import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { registrationYearsWritableBy } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError } from "@/server/errors";
import { lockYearForWrite } from "../writable-bloc-year";

/**
 * Inside the write's transaction: the user may write this unit's registrations in the year
 * (authz's registrationYearsWritableBy) and the unit is a member of it.
 */
export async function authorizeRegistrationWrite(
  tx: AppTransaction,
  user: SessionUser,
  target: { blocYearId: string; unitId: string },
): Promise<void> {
  const allowed = await tx.blocYear.count({
    where: {
      id: target.blocYearId,
      memberships: { some: { unitId: target.unitId } },
      AND: [registrationYearsWritableBy(user, target.unitId)],
    },
  });
  if (allowed === 0) throw new ForbiddenError();
  await lockYearForWrite(tx, target.blocYearId, "registrations");
}
