import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking } from "@/server/queries/compute-ranking";
import {
  loadYearResult,
  type LiveRankingLoader,
  type YearResultLoader,
} from "@/server/queries/load-year-result";
import type { YearCache } from "./year-cache";

/**
 * The readers of a bloc-year's results through one year cache. The live ranking (as of today,
 * whatever the stage) is computed once per change from the tasks as tallies: the score grid's
 * totals read it, and so does the year's result while the year is not published, which the
 * rankings page, the unit pages, the conference screen and its stream share. A unit's explanation
 * lists its tasks one by one: `explainedYearResult` computes from the tasks themselves, once per
 * change, only when someone opens one. Callers authorise and cut to what users see.
 */
export function yearLoaders(
  prisma: AppPrismaClient,
  cache: YearCache,
  compute: typeof computeRanking = computeRanking,
): { yearResult: YearResultLoader; explainedYearResult: YearResultLoader; liveRanking: LiveRankingLoader } {
  const today = todayInVietnam();
  const ranking =
    (kind: string, tallied: boolean): LiveRankingLoader =>
    (blocYearId) =>
      cache.get({ kind, blocYearId, variant: today }, () => compute(prisma, { blocYearId, tallied }));
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
