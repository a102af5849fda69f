import "server-only";
import { db } from "@/server/db";
import type { LiveRankingLoader, YearResultLoader } from "@/server/queries/load-year-result";
import { appYearCache } from "./app-year-cache";
import { yearLoaders } from "./year-loaders";

// This process's readers of results (yearLoaders over the app's one database client and year
// cache): the engine runs once per change of a year's data, of its status or of the day, not
// once per page view or screen.

export const cachedYearResult: YearResultLoader = (blocYear) =>
  yearLoaders(db, appYearCache()).yearResult(blocYear);

/** As cachedYearResult, with every task's own explanation line (a unit's "why this rank" page). */
export const cachedExplainedYearResult: YearResultLoader = (blocYear) =>
  yearLoaders(db, appYearCache()).explainedYearResult(blocYear);

export const cachedLiveRanking: LiveRankingLoader = (blocYearId) =>
  yearLoaders(db, appYearCache()).liveRanking(blocYearId);
