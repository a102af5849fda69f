import "server-only";
import type { BlocWhereInput, BlocYearWhereInput } from "@/generated/prisma/models";
import type { SessionUser } from "../auth/session-user";

/**
 * Which blocs and bloc-years a user reaches, as where-clauses. Scope comes from the user's row,
 * resources from ids the server derives itself; callers never pass a scope the client chose.
 *
 * - province admin: every bloc of their province, may manage;
 * - bloc secretariat: their bloc, every year, may manage;
 * - viewer: their bloc (or their province when no bloc is set), read only;
 * - agency leader: the bloc-years their unit is a member of, read only (their own unit's
 *   self-score, task progress and registrations come with the own-unit rules).
 */
export type BlocAction = "view" | "manage";

/** An id no row has: a role without the scope it needs matches nothing, never everything. */
export const NO_MATCH = "-no-scope-"; // cuid ids never contain "-"

/** The bloc-years the user may read. */
export function blocYearsVisibleTo(user: SessionUser): BlocYearWhereInput {
  switch (user.role) {
    case "PROVINCE_ADMIN":
      return { bloc: { provinceId: user.provinceId } };
    case "BLOC_SECRETARIAT":
      return { blocId: user.blocId ?? NO_MATCH, bloc: { provinceId: user.provinceId } };
    case "VIEWER":
      return user.blocId ? { blocId: user.blocId } : { bloc: { provinceId: user.provinceId } };
    case "AGENCY_LEADER":
      return { memberships: { some: { unitId: user.unitId ?? NO_MATCH } } };
  }
}

/** The bloc-years the user may manage: their data, settings and publishing. */
export function blocYearsManageableBy(user: SessionUser): BlocYearWhereInput {
  switch (user.role) {
    case "PROVINCE_ADMIN":
    case "BLOC_SECRETARIAT":
      return blocYearsVisibleTo(user);
    case "VIEWER":
    case "AGENCY_LEADER":
      return { id: NO_MATCH };
  }
}

/** The bloc-years the user may view or manage, by action. */
export function blocYearsAllowed(user: SessionUser, action: BlocAction): BlocYearWhereInput {
  return action === "manage" ? blocYearsManageableBy(user) : blocYearsVisibleTo(user);
}

/** The blocs the user may see: those with a year they may see. */
export function blocsVisibleTo(user: SessionUser): BlocWhereInput {
  // A province admin also sees a bloc that has no year yet.
  if (user.role === "PROVINCE_ADMIN") return { provinceId: user.provinceId };
  return { years: { some: blocYearsVisibleTo(user) } };
}

/** The blocs whose own settings (the rotation rule) the user may change: the same managers as their years'. */
export function blocsManageableBy(user: SessionUser): BlocWhereInput {
  switch (user.role) {
    case "PROVINCE_ADMIN":
      return { provinceId: user.provinceId };
    case "BLOC_SECRETARIAT":
      return { id: user.blocId ?? NO_MATCH, provinceId: user.provinceId };
    case "VIEWER":
    case "AGENCY_LEADER":
      return { id: NO_MATCH };
  }
}
