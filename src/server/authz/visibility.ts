import "server-only";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "../auth/session-user";

/**
 * A year whose results have been published at least once. Under correction it still is: its
 * latest snapshot stays public (even on /ket-qua, without sign-in) until the correction is
 * published as the next one.
 */
export function isPublishedStatus(status: BlocYearStatus): boolean {
  return status === "PUBLISHED" || status === "CORRECTING";
}

export type YearVisibility = { status: BlocYearStatus; membersSeeProvisional: boolean };

/**
 * The one rule for "may this user see other units' figures (scores, ranks, explanations) of a
 * year they may view" — every page that shows units' figures applies it (issue 5, item 1):
 * once the year is published, everyone; before, managers and viewers, and an agency leader
 * only when the year lets members see each other's provisional scores.
 */
export function seesOtherUnits(user: SessionUser, year: YearVisibility): boolean {
  if (isPublishedStatus(year.status)) return true;
  switch (user.role) {
    case "PROVINCE_ADMIN":
    case "BLOC_SECRETARIAT":
    case "VIEWER":
      return true;
    case "AGENCY_LEADER":
      return year.membersSeeProvisional;
  }
}

/** Whether the user may see this unit's figures in a year they may view: their own unit always. */
export function maySeeUnit(user: SessionUser, year: YearVisibility, unitId: string): boolean {
  return seesOtherUnits(user, year) || user.unitId === unitId;
}

/**
 * The audit log is for those who oversee the bloc: its managers and viewers. Agency leaders see
 * none of it: events about other units' rows (their scores, flags, proposals) are not theirs to read.
 */
export function mayReadAuditLog(user: SessionUser): boolean {
  return user.role !== "AGENCY_LEADER";
}
