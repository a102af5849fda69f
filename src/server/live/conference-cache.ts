import "server-only";
import type { ConferenceData } from "@/domain/conference/conference-data";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { todayAsOf } from "@/server/queries/compute-ranking";
import { loadFullConferenceData, visibleTo } from "@/server/queries/conference/get-conference-data";
import { appYearCache } from "./app-year-cache";

/**
 * The screen data of a bloc-year the user may view (checked on every call), or null. When a score
 * is saved, every open screen re-fetches at once: one computation per change per process serves
 * them all. The entry also watches next year, whose elected roles the screen shows.
 */
export async function getCachedConferenceData(prisma: AppPrismaClient, user: SessionUser, key: { blocId: string; year: number }): Promise<ConferenceData | null> {
  const row = await prisma.blocYear.findFirst({ where: { ...key, AND: [blocYearsAllowed(user, "view")] }, select: { id: true } });
  if (!row) return null;
  const full = await appYearCache().get(
    { kind: "conference", blocYearId: row.id, variant: todayAsOf() },
    () => loadFullConferenceData(prisma, user, { blocYearId: row.id }),
    { alsoWatch: (loaded) => [loaded?.nextYearId ?? null] },
  );
  return full && visibleTo(user, full);
}
