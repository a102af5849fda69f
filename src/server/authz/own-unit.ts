import "server-only";
import type { BlocYearWhereInput } from "@/generated/prisma/models";
import type { SessionUser } from "../auth/session-user";
import { ledUnitIds } from "./grants";
import { blocYearsManageableBy, blocYearsVisibleTo, NO_MATCH } from "./scope";

/**
 * The rights an agency leader has over their own unit's rows, in the years they may see: a
 * leader grant on that unit. A leader grant without a unit leads none.
 */
export function leadsUnit(user: SessionUser, unitId: string): boolean {
  return ledUnitIds(user).includes(unitId);
}

/**
 * Issue 4: a leader reports progress (status, evidence) on the tasks their own unit owns;
 * defining tasks, and progress on any task, stays with the year's managers.
 */
export function mayReportTaskProgressAsOwner(user: SessionUser, task: { ownerUnitId: string }): boolean {
  return leadsUnit(user, task.ownerUnitId);
}

/** A leader writes their own unit's registrations: the form is the unit's own commitment. */
export function mayEditRegistrationsAsOwnUnit(user: SessionUser, unitId: string): boolean {
  return leadsUnit(user, unitId);
}

/**
 * The bloc-years in which the user may write this unit's registrations: those they manage, and
 * for the unit's own leader those they may see that the unit is a member of (another grant's
 * reach, e.g. as a province viewer, adds none). The caller still checks membership on its date.
 */
export function registrationYearsWritableBy(user: SessionUser, unitId: string): BlocYearWhereInput {
  const asOwnUnit = mayEditRegistrationsAsOwnUnit(user, unitId)
    ? { AND: [blocYearsVisibleTo(user), { memberships: { some: { unitId } } }] }
    : { id: NO_MATCH };
  return { OR: [blocYearsManageableBy(user), asOwnUnit] };
}
