import "server-only";
import type { YearResults } from "@/domain/rankings";
import { hasScores } from "@/domain/scoring";
import type { SessionUser } from "@/server/auth/session-user";
import {
  blocYearsAllowed,
  maySeeUnit,
  seesOtherUnits,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearResult } from "@/server/queries/load-year-result";

export type BlocYearsResults = { bloc: { id: string; name: string }; years: YearResults[] };

/**
 * Every year of a bloc the user may view, each from its published snapshot if any, else its
 * provisional ranking, with the rows the user may see in that year. Null when the bloc has no
 * year visible to the user.
 */
export async function loadResultsAcrossYears(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string },
): Promise<BlocYearsResults | null> {
  const { user } = where;
  const blocYears = await prisma.blocYear.findMany({
    where: { blocId: where.blocId, AND: [blocYearsAllowed(user, "view")] },
    orderBy: { year: "asc" },
    select: {
      id: true,
      year: true,
      ...YEAR_VISIBILITY_SELECT,
      bloc: { select: { id: true, name: true, ...YEAR_VISIBILITY_SELECT.bloc.select } },
    },
  });
  const first = blocYears[0];
  if (!first) return null;
  const years = await Promise.all(
    blocYears.map(async (blocYear): Promise<YearResults> => {
      const { source, result } = await loadYearResult(prisma, blocYear);
      const visibility = yearVisibility(blocYear);
      const all = seesOtherUnits(user, visibility);
      return {
        year: blocYear.year,
        maxPoints: result.maxPoints,
        source: source.kind === "snapshot" ? "published" : "provisional",
        seesAllUnits: all,
        unitCount: result.units.length,
        units: result.units
          .filter((unit) => maySeeUnit(user, visibility, unit.unitId))
          .map((unit) => ({
            unitId: unit.unitId,
            name: unit.name,
            rank: unit.rank,
            sharedRank: unit.sharedRank,
            scored: hasScores(unit),
            total: unit.total,
            classification: unit.classification?.label ?? null,
          })),
      };
    }),
  );
  return { bloc: first.bloc, years };
}
