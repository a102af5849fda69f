import "server-only";
import type { ConferenceData } from "@/domain/conference/conference-data";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadFullConferenceData, visibleTo, type FullConferenceData } from "@/server/queries/conference/get-conference-data";
import { watchBlocYear } from "./live-hub";

type Entry = { full: Promise<FullConferenceData | null>; release: Promise<() => void> };

// When a score is saved, every open screen re-fetches at once: hundreds of identical ranking
// computations. One computation per change per process serves them all; the database's change
// notices (the year's own, and next year's for its elected roles) drop the entry.
const globalForCache = globalThis as typeof globalThis & { thiduaConferenceCache?: Map<string, Entry> };
const entries = (globalForCache.thiduaConferenceCache ??= new Map<string, Entry>());

/** The screen data of a bloc-year the user may view (checked on every call), or null. */
export async function getCachedConferenceData(prisma: AppPrismaClient, user: SessionUser, key: { blocId: string; year: number }): Promise<ConferenceData | null> {
  const row = await prisma.blocYear.findFirst({ where: { ...key, AND: [blocYearsAllowed(user, "view")] }, select: { id: true } });
  if (!row) return null;
  const full = await (entries.get(row.id)?.full ?? fill(prisma, user, row.id));
  return full && visibleTo(user, full);
}

function fill(prisma: AppPrismaClient, user: SessionUser, blocYearId: string): Promise<FullConferenceData | null> {
  const entry = {} as Entry;
  const drop = () => {
    if (entries.get(blocYearId) !== entry) return;
    entries.delete(blocYearId);
    void entry.release.then((unwatch) => unwatch(), () => {});
  };
  // Watch before loading: a change committed while the load runs must still drop the entry.
  const ownWatch = watchBlocYear(blocYearId, drop);
  entry.full = ownWatch.then(() => loadFullConferenceData(prisma, user, { blocYearId }));
  entry.release = entry.full.then(
    async (loaded) => {
      const releases = [await ownWatch];
      if (loaded?.nextYearId) releases.push(await watchBlocYear(loaded.nextYearId, drop));
      return () => releases.forEach((unwatch) => unwatch());
    },
    () => ownWatch,
  );
  entries.set(blocYearId, entry);
  entry.full.catch(drop);
  return entry.full;
}
