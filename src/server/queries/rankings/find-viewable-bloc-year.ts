import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed, YEAR_VISIBILITY_SELECT, yearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/** A bloc-year the user may view, looked up by bloc and year, with what its visibility rules need, or null. */
export async function findViewableBlocYear(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; year: number },
) {
  const row = await prisma.blocYear.findFirst({
    where: { blocId: where.blocId, year: where.year, AND: [blocYearsAllowed(where.user, "view")] },
    select: { id: true, year: true, ...YEAR_VISIBILITY_SELECT },
  });
  return row && { id: row.id, year: row.year, ...yearVisibility(row) };
}

export type ViewableBlocYear = NonNullable<Awaited<ReturnType<typeof findViewableBlocYear>>>;
