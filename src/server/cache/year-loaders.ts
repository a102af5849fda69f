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
 * The two readers of a bloc-year's results through one year cache. The live ranking (as of
 * today, whatever the stage) is computed once per change: the score grid's totals read it, and
 * so does the year's result while the year is not published, which the rankings page, the unit
 * pages, the conference screen and its stream share. Callers authorise and cut to what users see.
 */
export function yearLoaders(
  prisma: AppPrismaClient,
  cache: YearCache,
  compute: typeof computeRanking = computeRanking,
): { yearResult: YearResultLoader; liveRanking: LiveRankingLoader } {
  const liveRanking: LiveRankingLoader = (blocYearId) =>
    cache.get({ kind: "live-ranking", blocYearId, variant: todayInVietnam() }, () =>
      compute(prisma, { blocYearId }),
    );
  const yearResult: YearResultLoader = (blocYear) =>
    cache.get(
      { kind: "year-result", blocYearId: blocYear.id, variant: `${blocYear.status}:${todayInVietnam()}` },
      () => loadYearResult(prisma, blocYear, liveRanking),
    );
  return { yearResult, liveRanking };
}
