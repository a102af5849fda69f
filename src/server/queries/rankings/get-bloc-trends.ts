import "server-only";
import { blocTrend, type YearResults } from "@/domain/rankings";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadResultsAcrossYears } from "./load-results-across-years";

export type TrendUnit = { unitId: string; latestName: string };

/** A bloc's results across the years the user may view, with the units they may see. */
export async function getBlocTrends(prisma: AppPrismaClient, where: { user: SessionUser; blocId: string }) {
  const loaded = await loadResultsAcrossYears(prisma, where);
  if (!loaded) return null;
  return {
    bloc: loaded.bloc,
    years: loaded.years,
    points: blocTrend(loaded.years),
    units: unitsAcross(loaded.years),
  };
}

/** Every unit ranked in some visible year, under its most recent name, in Vietnamese order. */
function unitsAcross(years: readonly YearResults[]): TrendUnit[] {
  const latest = new Map<string, string>();
  for (const year of [...years].sort((a, b) => a.year - b.year)) {
    for (const unit of year.units) latest.set(unit.unitId, unit.name);
  }
  return [...latest]
    .map(([unitId, latestName]) => ({ unitId, latestName }))
    .sort((a, b) => compareVietnamese(a.latestName, b.latestName));
}
