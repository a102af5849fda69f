import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking } from "@/server/queries/compute-ranking";
import {
  loadYearResult,
  type LiveRankingLoader,
  type YearResultLoader,
} from "@/server/queries/load-year-result";
import type { RowParts } from "@/server/queries/load-scoring-rows";
import type { YearCache } from "./year-cache";

/**
 * The readers of a bloc-year's results through one year cache. The live ranking (as of today,
 * whatever the stage) is computed once per change from the tasks as tallies: the score grid's
 * totals read it, and so does the year's result while the year is not published, which the
 * rankings page, the unit pages, the conference screen and its stream share. A unit's explanation
 * lists its tasks one by one: `explainedYearResult` computes from the tasks themselves, once per
 * change, only when someone opens one. The rows the engine reads are kept part by part, each
 * dropped only by a change to it. Callers authorise and cut to what users see.
 */
export function yearLoaders(
  prisma: AppPrismaClient,
  cache: YearCache,
  compute: typeof computeRanking = computeRanking,
): { yearResult: YearResultLoader; explainedYearResult: YearResultLoader; liveRanking: LiveRankingLoader } {
  const today = todayInVietnam();
  // The engine's input rows, part by part: after a saved score only its lines are read again.
  const keptParts =
    (blocYearId: string): RowParts =>
    (part, load) =>
      cache.get({ kind: `rows:${part.name}`, blocYearId, variant: part.variant }, load, {
        reads: part.reads,
      });
  const ranking =
    (kind: string, tallied: boolean): LiveRankingLoader =>
    (blocYearId) =>
      cache.get({ kind, blocYearId, variant: today }, () =>
        compute(prisma, { blocYearId, tallied, parts: keptParts(blocYearId) }),
      );
  const result =
    (kind: string, live: LiveRankingLoader): YearResultLoader =>
    (blocYear) =>
      cache.get({ kind, blocYearId: blocYear.id, variant: `${blocYear.status}:${today}` }, () =>
        loadYearResult(prisma, blocYear, live),
      );
  const liveRanking = ranking("live-ranking", true);
  return {
    liveRanking,
    yearResult: result("year-result", liveRanking),
    explainedYearResult: result("explained-year-result", ranking("explained-ranking", false)),
  };
}
