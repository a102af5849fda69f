import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionGrant, SessionUser } from "../auth/session-user";
import { MANAGING_KINDS, ownUnitIds } from "./grants";

/**
 * A year whose results have been published at least once. Under correction it still is: its
 * latest snapshot stays public (even on /ket-qua, without sign-in) until the correction is
 * published as the next one.
 */
export function isPublishedStatus(status: BlocYearStatus): boolean {
  return status === "PUBLISHED" || status === "CORRECTING";
}

/**
 * What the visibility rules need of a year: its stage and setting, and whose grants oversee it
 * (its bloc and province; the unit whose secretariat staff run it, null unless the bloc's
 * secretariat follows the head unit). Load it with YEAR_VISIBILITY_SELECT and yearVisibility().
 */
export type YearVisibility = {
  status: BlocYearStatus;
  membersSeeProvisional: boolean;
  blocId: string;
  provinceId: string;
  staffedByUnitId: string | null;
};

export const YEAR_VISIBILITY_SELECT = {
  status: true,
  membersSeeProvisional: true,
  blocId: true,
  bloc: { select: { provinceId: true, secretariatFollowsHeadUnit: true } },
  roles: { where: { role: "HEAD" }, select: { unitId: true } },
} satisfies Prisma.BlocYearSelect;

type YearVisibilityRow = Prisma.BlocYearGetPayload<{ select: typeof YEAR_VISIBILITY_SELECT }>;

export function yearVisibility(row: YearVisibilityRow): YearVisibility {
  return {
    status: row.status,
    membersSeeProvisional: row.membersSeeProvisional,
    blocId: row.blocId,
    provinceId: row.bloc.provinceId,
    staffedByUnitId: row.bloc.secretariatFollowsHeadUnit ? (row.roles[0]?.unitId ?? null) : null,
  };
}

/** Whether the grant oversees the year (sees every unit's figures), as opposed to taking part in it. */
function oversees(grant: SessionGrant, year: YearVisibility): boolean {
  if (grant.provinceId !== year.provinceId) return false;
  switch (grant.kind) {
    case "PROVINCE_ADMIN":
      return true;
    case "VIEWER":
      return grant.blocId === null || grant.blocId === year.blocId;
    case "BLOC_SECRETARIAT":
      return grant.blocId === year.blocId;
    case "AGENCY_SECRETARIAT_STAFF":
      return grant.unitId !== null && grant.unitId === year.staffedByUnitId;
    case "AGENCY_LEADER":
      return false;
  }
}

/**
 * The one rule for "may this user see other units' figures (scores, ranks, explanations) of a
 * year they may view" — every page that shows units' figures applies it (issue 5, item 1):
 * once the year is published, everyone; before, those whose grants oversee this year (its
 * managers and viewers), and an agency leader only when the year lets members see each other's
 * provisional scores. A grant over another bloc opens nothing here.
 */
export function seesOtherUnits(user: SessionUser, year: YearVisibility): boolean {
  if (isPublishedStatus(year.status)) return true;
  return year.membersSeeProvisional || user.grants.some((grant) => oversees(grant, year));
}

/** Whether the user may see this unit's figures in a year they may view: a unit of their own always. */
export function maySeeUnit(user: SessionUser, year: YearVisibility, unitId: string): boolean {
  return seesOtherUnits(user, year) || ownUnitIds(user).includes(unitId);
}

/**
 * Whether the user may manage the year (its data, settings and publishing): the in-memory twin of
 * blocYearsManageableBy, for a year already loaded with YEAR_VISIBILITY_SELECT, so a page header
 * needs no second query (issue #13). Managers are the overseers other than viewers.
 */
export function managesYear(user: SessionUser, year: YearVisibility): boolean {
  return user.grants.some((grant) => MANAGING_KINDS.includes(grant.kind) && oversees(grant, year));
}

/** A year's visibility facts with the units that are members of it (their leaders view the year). */
export type YearAccess = YearVisibility & { memberUnitIds: readonly string[] };

/**
 * Whether the user may view the year: the in-memory twin of blocYearsVisibleTo, for a year kept
 * in a per-instance cache (issue #13), tested against it for every kind of user and year on both
 * databases. Those who oversee it, and the leaders of its member units.
 */
export function mayViewYear(user: SessionUser, year: YearAccess): boolean {
  return user.grants.some(
    (grant) =>
      oversees(grant, year) ||
      (grant.kind === "AGENCY_LEADER" &&
        grant.provinceId === year.provinceId &&
        grant.unitId !== null &&
        year.memberUnitIds.includes(grant.unitId)),
  );
}

/**
 * The audit log is for those who oversee the bloc-year: its managers and viewers. Agency leaders
 * see none of it: events about other units' rows (their scores, flags, proposals) are not theirs.
 */
export function mayReadAuditLog(user: SessionUser, year: YearVisibility): boolean {
  return user.grants.some((grant) => oversees(grant, year));
}
