import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { rankAgencies, ScoringInputError, type RankingResult } from "@/domain/scoring";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { toScoringInput } from "@/server/mappers/scoring-input";
import { loadScoringRows, type BlocYearScoringRows, type RowParts } from "./load-scoring-rows";

export type ComputedRanking = {
  asOf: string;
  scoreTable: { id: string; version: number; maxPoints: number } | null;
  result: RankingResult;
  /** The criteria of that score table, as loaded for the engine. */
  criteria: BlocYearScoringRows["criteria"];
};

/**
 * The live (provisional) ranking of a bloc-year as of a day (today in Việt Nam unless named).
 * `tallied`: the figures only, for the rankings, the grid and the screens — from the tasks summed
 * up in the database (loadTaskTallyRows), the same points and ranks for a fraction of the loading,
 * and explanation lines without their text (a unit's explanation reads a ranking computed from the
 * tasks themselves). `parts`: where rows loaded before are kept (loadScoringRows).
 */
export async function computeRanking(
  prisma: AppPrismaClient | AppTransaction,
  options: { blocYearId: string; asOf?: string; tallied?: boolean; parts?: RowParts },
): Promise<ComputedRanking> {
  const asOf = options.asOf ?? todayInVietnam();
  const rows = await loadScoringRows(prisma, options.blocYearId, {
    ...(options.tallied && { talliedAsOf: asOf }),
    ...(options.parts && { parts: options.parts }),
  });
  const input = toScoringInput(rows, asOf);
  let result: RankingResult;
  try {
    result = rankAgencies(input, { explain: !input.taskTallies });
  } catch (error) {
    // Input the engine refuses: from the tasks themselves, its message names the task at fault.
    if (!(error instanceof ScoringInputError) || !input.taskTallies) throw error;
    return computeRanking(prisma, { ...options, tallied: false });
  }
  return { asOf: input.asOf, scoreTable: rows.scoreTable, criteria: rows.criteria, result };
}
