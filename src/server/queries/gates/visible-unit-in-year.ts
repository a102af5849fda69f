import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsVisibleTo, maySeeUnit, YEAR_VISIBILITY_SELECT, yearVisibility } from "@/server/authz";
import { db } from "@/server/db";

/**
 * Whether a unit's page of a year may open: the year is the user's to see, the unit is one of its
 * members, and its figures are the user's to see. A light check for the page's layout, so a
 * wrong or withheld unit answers 404 before the page's slow part streams.
 */
export async function isVisibleUnitInYear(
  user: SessionUser,
  where: { blocId: string; year: number; unitId: string },
): Promise<boolean> {
  const blocYear = await db.blocYear.findFirst({
    where: {
      blocId: where.blocId,
      year: where.year,
      memberships: { some: { unitId: where.unitId } },
      AND: [blocYearsVisibleTo(user)],
    },
    select: YEAR_VISIBILITY_SELECT,
  });
  return blocYear !== null && maySeeUnit(user, yearVisibility(blocYear), where.unitId);
}
