import "server-only";
import { todayInVietnam } from "@/domain/calendar";
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

/** The live (provisional) ranking of a bloc-year as of a day (today in Việt Nam unless named). */
export async function computeRanking(
  prisma: AppPrismaClient | AppTransaction,
  options: { blocYearId: string; asOf?: string },
): Promise<ComputedRanking> {
  const rows = await loadScoringRows(prisma, options.blocYearId);
  const input = toScoringInput(rows, options.asOf ?? todayInVietnam());
  return {
    asOf: input.asOf,
    scoreTable: rows.scoreTable,
    criteria: rows.criteria,
    result: rankAgencies(input),
  };
}
