import "server-only";
import type { GrantKind } from "@/generated/prisma/enums";
import type { SessionGrant, SessionUser } from "../auth/session-user";

/**
 * A user's access is the union of their grants (issue 11): each rule in this folder asks what
 * one grant allows and answers yes when any of the user's grants does.
 */
export function grantsOfKind(user: SessionUser, ...kinds: GrantKind[]): SessionGrant[] {
  return user.grants.filter((grant) => kinds.includes(grant.kind));
}

/** The kinds whose holders run a bloc-year: its data, settings, scoring and publishing. */
export const MANAGING_KINDS: GrantKind[] = ["PROVINCE_ADMIN", "BLOC_SECRETARIAT", "AGENCY_SECRETARIAT_STAFF"];

/** Whether some grant of the user manages some bloc-year (which ones is the where-clauses' answer). */
export function holdsManagingGrant(user: SessionUser): boolean {
  return grantsOfKind(user, ...MANAGING_KINDS).length > 0;
}

/** The units the user leads: their own unit's self-score, tasks and registrations. */
export function ledUnitIds(user: SessionUser): string[] {
  return unitIdsOf(grantsOfKind(user, "AGENCY_LEADER"));
}

/**
 * Every unit any grant of the user sits in — led, staffed or worked in. Nobody cross-checks or
 * reviews these units, and their figures are always the user's own to see.
 */
export function ownUnitIds(user: SessionUser): string[] {
  return unitIdsOf(user.grants);
}

const unitIdsOf = (grants: SessionGrant[]) => [
  ...new Set(grants.flatMap((grant) => (grant.unitId ? [grant.unitId] : []))),
];
