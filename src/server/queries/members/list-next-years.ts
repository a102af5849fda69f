import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * For each bloc the user manages: its latest year N, from which "Tạo năm N+1" copies.
 * Keyed by bloc id; blocs the user may only view, and archived blocs, are absent.
 */
export async function listNextYearsToCreate(
  prisma: AppPrismaClient,
  user: SessionUser,
): Promise<Map<string, { fromBlocYearId: string; nextYear: number }>> {
  const manageable = await prisma.blocYear.findMany({
    // An archived bloc keeps its years but gets no new one.
    where: { AND: [blocYearsAllowed(user, "manage"), { bloc: { dissolvedOn: null } }] },
    orderBy: { year: "desc" },
    select: { id: true, blocId: true, year: true },
  });
  const latest = new Map<string, { fromBlocYearId: string; nextYear: number }>();
  for (const year of manageable) {
    if (!latest.has(year.blocId))
      latest.set(year.blocId, { fromBlocYearId: year.id, nextYear: year.year + 1 });
  }
  return latest;
}
