import "server-only";
import { rankAgencies, type RankingResult } from "@/domain/scoring";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { toScoringInput } from "@/server/mappers/scoring-input";
import { loadScoringRows, type BlocYearScoringRows } from "./load-scoring-rows";

export type ComputedRanking = {
  asOf: string;
  scoreTable: { id: string; version: number; maxPoints: number } | null;
  result: RankingResult;
  /** The criteria of that score table, as loaded for the engine. */
  criteria: BlocYearScoringRows["criteria"];
};

/** The day a live ranking is computed as of, unless the caller names one (UTC, as stored dates are). */
export const todayAsOf = (): string => new Date().toISOString().slice(0, 10);

/** The live (provisional) ranking of a bloc-year, computed by the engine from the database. */
export async function computeRanking(
  prisma: AppPrismaClient | AppTransaction,
  options: { blocYearId: string; asOf?: string },
): Promise<ComputedRanking> {
  const rows = await loadScoringRows(prisma, options.blocYearId);
  const input = toScoringInput(rows, options.asOf ?? todayAsOf());
  return {
    asOf: input.asOf,
    scoreTable: rows.scoreTable,
    criteria: rows.criteria,
    result: rankAgencies(input),
  };
}
