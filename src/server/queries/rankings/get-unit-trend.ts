import "server-only";
import { unitTrend } from "@/domain/rankings";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadResultsAcrossYears } from "./load-results-across-years";

/**
 * One unit's results across the bloc's years, beside the bloc median; null when the user may
 * see the unit in no year (not theirs to view, or not a member of any visible year).
 */
export async function getUnitTrend(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; unitId: string },
) {
  const loaded = await loadResultsAcrossYears(prisma, where);
  if (!loaded) return null;
  const points = unitTrend(loaded.years, where.unitId);
  const named = points.filter((point) => point.name !== null);
  if (named.length === 0) return null;
  return { bloc: loaded.bloc, unitId: where.unitId, latestName: named.at(-1)?.name ?? "", points };
}
