import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError } from "@/server/errors";
import { lockYearForWrite } from "../writable-bloc-year";

/**
 * Who may write a member's registrations: whoever manages the year, and an agency leader for
 * their own unit (the registration form is the unit's own commitment). The unit must be a member
 * of the year. Belongs beside authz.ts's policy; kept here until the lead moves it.
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
      OR: [blocYearsAllowed(user, "manage"), ownUnitAsLeader(user, target.unitId)],
    },
  });
  if (allowed === 0) throw new ForbiddenError();
  await lockYearForWrite(tx, target.blocYearId, "registrations");
}

function ownUnitAsLeader(user: SessionUser, unitId: string) {
  const isOwnUnit = user.role === "AGENCY_LEADER" && user.unitId !== null && user.unitId === unitId;
  return isOwnUnit ? blocYearsAllowed(user, "view") : { id: "-no-scope-" };
}
