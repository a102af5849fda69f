import "server-only";
import type { ConferenceResults } from "@/domain/conference/conference-data";
import type { AppPrismaClient } from "@/server/database/connect";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { resultsFromSnapshot, SNAPSHOT_STATUSES } from "./results-source";

export type PublicResults = ConferenceResults & {
  bloc: { name: string; province: string };
  year: number;
  members: { unitId: string; name: string }[];
  reason: string | null;
};

/**
 * The results anyone may read without signing in: only a published year, and only what its
 * latest snapshot holds (bloc and member names included), never the live tables.
 */
export async function getPublicResults(
  prisma: AppPrismaClient,
  where: { blocId: string; year: number },
): Promise<PublicResults | null> {
  const blocYear = await prisma.blocYear.findUnique({
    where: { blocId_year: where },
    select: { id: true, status: true },
  });
  if (!blocYear || !SNAPSHOT_STATUSES.has(blocYear.status)) return null;
  const snapshot = await getLatestSnapshot(prisma, blocYear.id);
  if (!snapshot) return null;
  const { content } = snapshot;
  return {
    ...resultsFromSnapshot(snapshot),
    bloc: { name: content.bloc.name, province: content.bloc.province },
    year: content.year,
    members: content.members.map(({ unitId, name }) => ({ unitId, name })),
    reason: content.reason,
  };
}
