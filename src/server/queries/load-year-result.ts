import "server-only";
import type { CriterionFacts, ProposalFacts } from "@/domain/conference/results-table";
import type { RankingResult } from "@/domain/scoring";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import { isPublishedStatus } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking, type ComputedRanking } from "./compute-ranking";
import { getLatestSnapshot } from "./publishing/get-latest-snapshot";

export type SnapshotSource = { kind: "snapshot"; number: number; publishedAt: Date };

/** A bloc-year's results as every reader shows them, whichever way they were obtained. */
export type YearResult = {
  /** The latest snapshot of a published year, or the ranking computed now from the tables. */
  source: SnapshotSource | { kind: "live" };
  asOf: string;
  result: RankingResult;
  /** Every criterion of the score table the result was computed with (all levels). */
  criteria: CriterionFacts[];
  proposals: ProposalFacts[];
  /** The whole snapshot the result was read from: every published document renders from it alone. */
  content: SnapshotContent | null;
};

export type PublishedYearResult = YearResult & { source: SnapshotSource; content: SnapshotContent };

/** Loads the results of an authorised bloc-year: loadYearResult itself, or a cached copy of it. */
export type YearResultLoader = (blocYear: { id: string; status: BlocYearStatus }) => Promise<YearResult>;

/** Computes a bloc-year's live ranking as of today: computeRanking itself, or a cached copy of it. */
export type LiveRankingLoader = (blocYearId: string) => Promise<ComputedRanking>;

/**
 * The one place that decides where a bloc-year's results come from: a published year's latest
 * snapshot, which never disagrees with the minutes; otherwise the live provisional ranking.
 * Callers have authorised the bloc-year.
 */
export async function loadYearResult(
  prisma: AppPrismaClient,
  blocYear: { id: string; status: BlocYearStatus },
  liveRanking: LiveRankingLoader = (blocYearId) => computeRanking(prisma, { blocYearId }),
): Promise<YearResult> {
  return (
    (await loadPublishedYearResult(prisma, blocYear)) ?? liveYearResult(prisma, blocYear.id, liveRanking)
  );
}

/**
 * The results exactly as the latest snapshot froze them (nothing recomputed), with the frozen
 * facts around them; null for a year never published. The public page shows only these.
 */
export async function loadPublishedYearResult(
  prisma: AppPrismaClient,
  blocYear: { id: string; status: BlocYearStatus },
): Promise<PublishedYearResult | null> {
  if (!isPublishedStatus(blocYear.status)) return null;
  const snapshot = await getLatestSnapshot(prisma, blocYear.id);
  if (!snapshot) return null;
  const { content } = snapshot;
  return {
    source: { kind: "snapshot", number: snapshot.number, publishedAt: snapshot.publishedAt },
    asOf: content.asOf,
    result: content.result,
    criteria: content.scoreTable?.criteria ?? [],
    proposals: content.proposals,
    content,
  };
}

/** The provisional results computed now, with the criteria the engine was given (no second query). */
async function liveYearResult(
  prisma: AppPrismaClient,
  blocYearId: string,
  liveRanking: LiveRankingLoader,
): Promise<YearResult> {
  const [ranking, proposals] = await Promise.all([
    liveRanking(blocYearId),
    prisma.awardProposal.findMany({
      where: { blocYearId },
      select: { unitId: true, awardCode: true, status: true },
    }),
  ]);
  return {
    source: { kind: "live" },
    asOf: ranking.asOf,
    result: ranking.result,
    criteria: ranking.criteria,
    proposals,
    content: null,
  };
}
