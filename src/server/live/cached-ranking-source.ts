import "server-only";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { todayInVietnam } from "@/domain/calendar";
import { loadRankingSource, type RankingSource } from "@/server/queries/rankings/load-ranking-source";
import { appYearCache } from "./app-year-cache";

/**
 * loadRankingSource through this process's year cache: the engine runs once per change of the
 * year's data (or of its status, or of the day), not once per page view. Callers authorise.
 */
export function cachedRankingSource(blocYear: {
  id: string;
  status: BlocYearStatus;
}): Promise<RankingSource> {
  return appYearCache().get(
    { kind: "ranking-source", blocYearId: blocYear.id, variant: `${blocYear.status}:${todayInVietnam()}` },
    () => loadRankingSource(db, blocYear),
  );
}
