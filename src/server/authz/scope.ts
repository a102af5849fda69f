import "server-only";
import type { BlocWhereInput, BlocYearWhereInput } from "@/generated/prisma/models";
import type { SessionGrant, SessionUser } from "../auth/session-user";
import { grantsOfKind, MANAGING_KINDS } from "./grants";

/**
 * Which blocs and bloc-years a user reaches, as where-clauses: the union of what each of their
 * grants reaches. Scope comes from the grant rows, resources from ids the server derives
 * itself; callers never pass a scope the client chose.
 *
 * - province admin: every bloc of the province, may manage;
 * - bloc secretariat: their bloc, every year, may manage;
 * - secretariat staff of a unit: the years that unit heads, in blocs whose secretariat follows
 *   the head unit, may manage;
 * - viewer: their bloc (or the province when no bloc is set), read only;
 * - agency leader: the bloc-years their unit is a member of, read only (their own unit's
 *   self-score, task progress and registrations come with the own-unit rules).
 */
export type BlocAction = "view" | "manage";

/** An id no row has: a grant without the scope it needs matches nothing, never everything. */
export const NO_MATCH = "-no-scope-"; // cuid ids never contain "-"

/** Any of the clauses; none (no grant of the kind) matches nothing. */
function anyOf<T>(clauses: T[]): { OR: T[] } | { id: string } {
  return clauses.length > 0 ? { OR: clauses } : { id: NO_MATCH };
}

function yearsReachedBy(grant: SessionGrant): BlocYearWhereInput {
  const inProvince = { provinceId: grant.provinceId };
  switch (grant.kind) {
    case "PROVINCE_ADMIN":
      return { bloc: inProvince };
    case "BLOC_SECRETARIAT":
      return { blocId: grant.blocId ?? NO_MATCH, bloc: inProvince };
    case "VIEWER":
      return grant.blocId ? { blocId: grant.blocId, bloc: inProvince } : { bloc: inProvince };
    case "AGENCY_LEADER":
      return { memberships: { some: { unitId: grant.unitId ?? NO_MATCH } }, bloc: inProvince };
    case "AGENCY_SECRETARIAT_STAFF":
      return yearsHeadedBy(grant);
  }
}

/** The years the staff grant's unit heads, where the bloc lets its secretariat follow the head unit. */
function yearsHeadedBy(grant: SessionGrant): BlocYearWhereInput {
  return {
    bloc: { provinceId: grant.provinceId, secretariatFollowsHeadUnit: true },
    roles: { some: { role: "HEAD", unitId: grant.unitId ?? NO_MATCH } },
  };
}

/** The bloc-years the user may read. */
export function blocYearsVisibleTo(user: SessionUser): BlocYearWhereInput {
  return anyOf(user.grants.map(yearsReachedBy));
}

/** The bloc-years the user may manage: their data, settings and publishing. */
export function blocYearsManageableBy(user: SessionUser): BlocYearWhereInput {
  return anyOf(grantsOfKind(user, ...MANAGING_KINDS).map(yearsReachedBy));
}

/** The bloc-years the user may view or manage, by action. */
export function blocYearsAllowed(user: SessionUser, action: BlocAction): BlocYearWhereInput {
  return action === "manage" ? blocYearsManageableBy(user) : blocYearsVisibleTo(user);
}

/** The blocs the user may see: those with a year they may see. */
export function blocsVisibleTo(user: SessionUser): BlocWhereInput {
  // A province admin also sees a bloc that has no year yet.
  const admin = grantsOfKind(user, "PROVINCE_ADMIN").map((grant) => ({ provinceId: grant.provinceId }));
  return anyOf<BlocWhereInput>([...admin, { years: { some: blocYearsVisibleTo(user) } }]);
}

/**
 * The blocs whose own settings (the rotation rule, whether the secretariat follows the head
 * unit) the user may change: the province admin and the bloc's secretariat. Staff of a head unit
 * run that one year, not the bloc.
 */
export function blocsManageableBy(user: SessionUser): BlocWhereInput {
  return anyOf<BlocWhereInput>(
    grantsOfKind(user, "PROVINCE_ADMIN", "BLOC_SECRETARIAT").map((grant) =>
      grant.kind === "PROVINCE_ADMIN"
        ? { provinceId: grant.provinceId }
        : { id: grant.blocId ?? NO_MATCH, provinceId: grant.provinceId },
    ),
  );
}
