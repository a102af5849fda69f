import "server-only";
import { type IsoDay, toIsoDay, yearEnd } from "@/domain/calendar";
import { hasScores } from "@/domain/scoring";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsVisibleTo, maySeeUnit, YEAR_VISIBILITY_SELECT, yearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { YearResult, YearResultLoader } from "../load-year-result";
import { storedNameOn } from "../unit-names-select";

/** The unit's result in one bloc-year, as far as the user may see it. */
export type UnitYearResult =
  | {
      kind: "ranked";
      source: "published" | "provisional";
      /** The snapshot a published result is read from. */
      snapshotNumber: number | null;
      rank: number;
      sharedRank: boolean;
      rankedCount: number;
      total: number;
      maxPoints: number;
      percentOfMax: number;
      classification: string | null;
    }
  /** Ranked, but without scores yet (src/domain/scoring/has-scores): no rank, no share to show. */
  | { kind: "noScores" }
  /** Not ranked that year (e.g. it left before the year's end), with the engine's reason. */
  | { kind: "notRanked"; reason: string | null }
  /** Provisional figures the year does not share with this user (the rankings page's rule). */
  | { kind: "withheld" };

export type UnitYear = {
  blocYearId: string;
  blocId: string;
  blocName: string;
  year: number;
  stage: BlocYearStatus;
  joinedOn: IsoDay;
  leftOn: IsoDay | null;
  /** The name the unit bore that year, as its documents show it. */
  name: string;
  result: UnitYearResult;
};

type NameRow = { name: string; shortName: string; validFrom: Date };

/**
 * Every bloc-year the user may see in which the unit was a member, oldest first, with its result
 * there: a published year's from its latest snapshot, another's provisional one only where the
 * user may see the unit's figures (maySeeUnit, as on the rankings page).
 */
export async function loadUnitYears(
  prisma: AppPrismaClient,
  where: { user: SessionUser; unitId: string; names: readonly NameRow[] },
  loadYear: YearResultLoader,
): Promise<UnitYear[]> {
  const { user, unitId } = where;
  const memberships = await prisma.membership.findMany({
    where: { unitId, blocYear: blocYearsVisibleTo(user) },
    select: {
      joinedOn: true,
      leftOn: true,
      blocYear: {
        select: {
          ...YEAR_VISIBILITY_SELECT,
          id: true,
          year: true,
          bloc: { select: { id: true, name: true, ...YEAR_VISIBILITY_SELECT.bloc.select } },
        },
      },
    },
  });
  const years = await Promise.all(
    memberships.map(async ({ joinedOn, leftOn, blocYear }): Promise<UnitYear> => {
      const yearResult = maySeeUnit(user, yearVisibility(blocYear), unitId) ? await loadYear(blocYear) : null;
      const fallbackName = storedNameOn(where.names, yearEnd(blocYear.year))?.name ?? "";
      return {
        blocYearId: blocYear.id,
        blocId: blocYear.bloc.id,
        blocName: blocYear.bloc.name,
        year: blocYear.year,
        stage: blocYear.status,
        joinedOn: toIsoDay(joinedOn),
        leftOn: leftOn === null ? null : toIsoDay(leftOn),
        name: nameIn(yearResult, unitId) ?? fallbackName,
        result: yearResult ? resultOf(yearResult, unitId) : { kind: "withheld" },
      };
    }),
  );
  return years.sort((a, b) => a.year - b.year || compareVietnamese(a.blocName, b.blocName));
}

/** The name a result carries (a snapshot's is frozen at publishing). */
function nameIn(yearResult: YearResult | null, unitId: string): string | undefined {
  const { units, excluded } = yearResult?.result ?? { units: [], excluded: [] };
  return [...units, ...excluded].find((unit) => unit.unitId === unitId)?.name;
}

function resultOf({ source, result }: YearResult, unitId: string): UnitYearResult {
  const unit = result.units.find((candidate) => candidate.unitId === unitId);
  if (!unit) {
    const excluded = result.excluded.find((candidate) => candidate.unitId === unitId);
    return { kind: "notRanked", reason: excluded?.reason.message ?? null };
  }
  if (!hasScores(unit)) return { kind: "noScores" };
  return {
    kind: "ranked",
    source: source.kind === "snapshot" ? "published" : "provisional",
    snapshotNumber: source.kind === "snapshot" ? source.number : null,
    rank: unit.rank,
    sharedRank: unit.sharedRank,
    rankedCount: result.units.length,
    total: unit.total,
    maxPoints: result.maxPoints,
    percentOfMax: unit.percentOfMax,
    classification: unit.classification?.label ?? null,
  };
}
