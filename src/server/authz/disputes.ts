import "server-only";
import type { SessionUser } from "../auth/session-user";
import { holdsManagingGrant, ownUnitIds } from "./grants";
import { leadsUnit } from "./own-unit";
import { mayReadAuditLog, type YearVisibility } from "./visibility";

/**
 * Issue 14: a member's leader objects to a figure of their own unit, and only of it (the year
 * access — read — is checked separately).
 */
export function mayFileObjection(user: SessionUser, unitId: string): boolean {
  return leadsUnit(user, unitId);
}

/** Settling an objection: a manager of the year (checked separately), never for a unit of their own. */
export function mayResolveObjection(user: SessionUser, unitId: string): boolean {
  return holdsManagingGrant(user) && !ownUnitIds(user).includes(unitId);
}

/**
 * An objection and its papers before publication: the objecting unit's own people and those who
 * oversee the year. Other members see none of it (it names their figures' disputes, not theirs).
 */
export function maySeeObjection(user: SessionUser, year: YearVisibility, unitId: string): boolean {
  return mayReadAuditLog(user, year) || ownUnitIds(user).includes(unitId);
}
