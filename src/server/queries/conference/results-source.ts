import "server-only";
import type { ConferenceResults } from "@/domain/conference/conference-data";
import { buildResults } from "@/domain/conference/results-table";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getLatestSnapshot, type LatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";

/** A year that has been published shows its snapshot, also while a correction is being prepared. */
export const SNAPSHOT_STATUSES: ReadonlySet<string> = new Set(["PUBLISHED", "CORRECTING"]);

/** The results exactly as the snapshot froze them: nothing recomputed, so they match the minutes. */
export function resultsFromSnapshot(snapshot: LatestSnapshot): ConferenceResults {
  const { content } = snapshot;
  return buildResults({
    source: { kind: "snapshot", number: snapshot.number, publishedAt: snapshot.publishedAt.toISOString() },
    result: content.result,
    criteria: content.scoreTable?.criteria ?? [],
    proposals: content.proposals,
  });
}

/** The provisional results computed now from the database. */
export async function liveResults(prisma: AppPrismaClient, blocYearId: string): Promise<ConferenceResults> {
  const ranking = await computeRanking(prisma, { blocYearId });
  const [criteria, proposals] = await Promise.all([
    ranking.scoreTable
      ? prisma.criterion.findMany({
          where: { scoreTableId: ranking.scoreTable.id, parentId: null },
          select: {
            id: true,
            parentId: true,
            code: true,
            title: true,
            kind: true,
            maxPoints: true,
            position: true,
          },
        })
      : [],
    prisma.awardProposal.findMany({
      where: { blocYearId },
      select: { unitId: true, awardCode: true, status: true },
    }),
  ]);
  return buildResults({
    source: { kind: "live", asOf: ranking.asOf },
    result: ranking.result,
    criteria,
    proposals,
  });
}

/** Snapshot for a published year, live computation otherwise (the caller has authorised the year). */
export async function resultsOf(
  prisma: AppPrismaClient,
  blocYear: { id: string; status: string },
): Promise<ConferenceResults> {
  if (SNAPSHOT_STATUSES.has(blocYear.status)) {
    const snapshot = await getLatestSnapshot(prisma, blocYear.id);
    if (snapshot) return resultsFromSnapshot(snapshot);
  }
  return liveResults(prisma, blocYear.id);
}
