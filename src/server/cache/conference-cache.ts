import "server-only";
import type { ConferenceData } from "@/domain/conference/conference-data";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { todayInVietnam } from "@/domain/calendar";
import {
  loadFullConferenceData,
  visibleTo,
  type FullConferenceData,
} from "@/server/queries/conference/get-conference-data";
import { appYearCache } from "./app-year-cache";
import { cachedYearResult } from "./cached-year-result";

/**
 * The whole screen data of a bloc-year, computed once per change per process however many
 * screens ask. Callers have checked that `user` may view the year: the first caller's user only
 * authorises the load, and the full data is then cut down for each viewer by `visibleTo`.
 * The entry also watches next year, whose elected roles the screen shows.
 */
export function cachedFullConferenceData(
  prisma: AppPrismaClient,
  user: SessionUser,
  blocYearId: string,
): Promise<FullConferenceData | null> {
  return appYearCache().get(
    { kind: "conference", blocYearId, variant: todayInVietnam() },
    () => loadFullConferenceData(prisma, user, { blocYearId }, cachedYearResult),
    { alsoWatch: (loaded) => [loaded?.nextYearId ?? null] },
  );
}

/** The screen data of a bloc-year the user may view (checked on every call), or null. */
export async function getCachedConferenceData(
  prisma: AppPrismaClient,
  user: SessionUser,
  key: { blocId: string; year: number },
): Promise<ConferenceData | null> {
  const row = await prisma.blocYear.findFirst({
    where: { ...key, AND: [blocYearsAllowed(user, "view")] },
    select: { id: true },
  });
  if (!row) return null;
  const full = await cachedFullConferenceData(prisma, user, row.id);
  return full && visibleTo(user, full);
}
