import "server-only";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { isPublishedStatus } from "@/server/queries/load-year-result";

/**
 * Who sees every unit's row of a ranking they may view. Managers and viewers always do; an
 * agency leader only once the year is published or when the bloc-year lets members see each
 * other's provisional scores — otherwise their own unit alone (issue 5, item 1).
 */
export function seesAllUnits(
  user: SessionUser,
  blocYear: { status: BlocYearStatus; membersSeeProvisional: boolean },
): boolean {
  if (user.role !== "AGENCY_LEADER") return true;
  return isPublishedStatus(blocYear.status) || blocYear.membersSeeProvisional;
}

/** Whether the user may open this unit's results in a year they may view. */
export function maySeeUnit(user: SessionUser, unitId: string, seesAll: boolean): boolean {
  return seesAll || user.unitId === unitId;
}
