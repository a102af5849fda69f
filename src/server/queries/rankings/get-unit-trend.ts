import "server-only";
import { toIsoDay } from "@/domain/calendar";
import { type Succession, unitTrend } from "@/domain/rankings";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadResultsAcrossYears } from "./load-results-across-years";

/**
 * One unit's results across the bloc's years, beside the bloc median, with its predecessors'
 * results before a merger labelled as theirs; null when the user may see neither the unit nor a
 * predecessor ranked in any year (not theirs to view, or not a member of any visible year).
 */
export async function getUnitTrend(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; unitId: string },
) {
  const [loaded, successions] = await Promise.all([
    loadResultsAcrossYears(prisma, where),
    loadProvinceSuccessions(prisma, where.blocId),
  ]);
  if (!loaded) return null;
  const points = unitTrend(loaded.years, { unitId: where.unitId, successions });
  const named = points.filter((point) => point.name !== null);
  if (named.length === 0) return null;
  const own = named.filter((point) => !point.ofPredecessor).at(-1)?.name;
  return {
    bloc: loaded.bloc,
    unitId: where.unitId,
    latestName: own ?? (await latestStoredName(prisma, where.unitId)),
    points,
  };
}

/** The recorded successions among the units of the bloc's province: a line never leaves it. */
async function loadProvinceSuccessions(prisma: AppPrismaClient, blocId: string): Promise<Succession[]> {
  const rows = await prisma.unitSuccession.findMany({
    where: { successor: { province: { blocs: { some: { id: blocId } } } } },
    select: { predecessorId: true, successorId: true, effectiveOn: true },
  });
  return rows.map((row) => ({ ...row, effectiveOn: toIsoDay(row.effectiveOn) }));
}

/** A successor not yet ranked in the bloc is titled by its latest recorded name. */
async function latestStoredName(prisma: AppPrismaClient, unitId: string): Promise<string> {
  const latest = await prisma.unitName.findFirst({
    where: { unitId },
    orderBy: { validFrom: "desc" },
    select: { name: true },
  });
  return latest?.name ?? "";
}
