import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/** A bloc-year the user may view, looked up by bloc and year, or null. */
export function findViewableBlocYear(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; year: number },
) {
  return prisma.blocYear.findFirst({
    where: { blocId: where.blocId, year: where.year, AND: [blocYearsAllowed(where.user, "view")] },
    select: { id: true, year: true, status: true, membersSeeProvisional: true, blocId: true },
  });
}

export type ViewableBlocYear = NonNullable<Awaited<ReturnType<typeof findViewableBlocYear>>>;
