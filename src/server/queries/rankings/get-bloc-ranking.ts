import "server-only";
import type { PairDecision, UnitResult } from "@/domain/scoring";
import type { SessionUser } from "@/server/auth/session-user";
import { maySeeUnit, ownUnitIds, seesOtherUnits, type YearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearResult, type YearResultLoader } from "@/server/queries/load-year-result";
import { findViewableBlocYear, type ViewableBlocYear } from "./find-viewable-bloc-year";
import { rankingHeaderOf, type RankingHeader } from "./ranking-header";

export type BlocRanking = RankingHeader & {
  blocYearId: string;
  seesAllUnits: boolean;
  /** Ranked units the user may see, in rank order. */
  units: UnitResult[];
  /** Decisions between adjacent units, only where the user may see both. */
  pairs: PairDecision[];
  rankedCount: number;
  /** The units of the user's own grants, highlighted in the table. */
  ownUnitIds: string[];
};

/**
 * A bloc-year's ranking as this user may see it, or null when the year is not theirs to view.
 * The visibility rule is applied here, so no page can show a row the user may not see.
 */
export async function getBlocRanking(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; year: number },
  loadYear: YearResultLoader = (blocYear) => loadYearResult(prisma, blocYear),
): Promise<BlocRanking | null> {
  const blocYear = await findViewableBlocYear(prisma, where);
  return blocYear && rankingOfViewableYear(where.user, blocYear, loadYear);
}

/** As getBlocRanking, for a bloc-year the caller has already found viewable by this user. */
export async function rankingOfViewableYear(
  user: SessionUser,
  blocYear: Pick<ViewableBlocYear, "id"> & YearVisibility,
  loadYear: YearResultLoader,
): Promise<BlocRanking> {
  const year = await loadYear(blocYear);
  const all = seesOtherUnits(user, blocYear);
  const visible = (unitId: string) => maySeeUnit(user, blocYear, unitId);
  const { result } = year;
  return {
    ...rankingHeaderOf(year),
    blocYearId: blocYear.id,
    seesAllUnits: all,
    units: result.units.filter((unit) => visible(unit.unitId)),
    pairs: result.pairs.filter((pair) => visible(pair.upperUnitId) && visible(pair.lowerUnitId)),
    rankedCount: result.units.length,
    ownUnitIds: ownUnitIds(user),
  };
}
