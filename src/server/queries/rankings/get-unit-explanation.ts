import "server-only";
import {
  groupContributionsBySection,
  sectionMedians,
  type ContributionGroup,
  type SectionMedians,
} from "@/domain/rankings";
import type { PairDecision, UnitResult } from "@/domain/scoring";
import type { SessionUser } from "@/server/auth/session-user";
import { isPublishedStatus, maySeeUnit, seesOtherUnits } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearResult, type YearResultLoader } from "@/server/queries/load-year-result";
import { findViewableBlocYear } from "./find-viewable-bloc-year";
import { listUnitTasks, type UnitTask } from "./list-unit-tasks";
import { rankingHeaderOf, type RankingHeader } from "./ranking-header";

export type UnitExplanation = RankingHeader & {
  blocYearId: string;
  unit: UnitResult;
  rankedCount: number;
  groups: ContributionGroup[];
  /** Withheld (null) when the user may see only their own unit. */
  medians: SectionMedians | null;
  /** The decisions with the neighbours above and below; empty when the user sees only their unit. */
  neighbours: { above: PairDecision | null; below: PairDecision | null };
  tasks: UnitTask[];
  /** What-if runs on live data only: a published result is final. */
  canWhatIf: boolean;
  seesAllUnits: boolean;
};

/**
 * Why a unit has its rank, or null when the year is not the user's to view, the unit is not
 * ranked in it, or a leader asks for another unit while only their own is visible to them.
 */
export async function getUnitExplanation(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; year: number; unitId: string },
  loadYear: YearResultLoader = (blocYear) => loadYearResult(prisma, blocYear),
): Promise<UnitExplanation | null> {
  const blocYear = await findViewableBlocYear(prisma, where);
  if (!blocYear) return null;
  if (!maySeeUnit(where.user, blocYear, where.unitId)) return null;
  const all = seesOtherUnits(where.user, blocYear);
  const yearResult = await loadYear(blocYear);
  const header = rankingHeaderOf(yearResult);
  const index = yearResult.result.units.findIndex((unit) => unit.unitId === where.unitId);
  const unit = yearResult.result.units[index];
  if (!unit) return null;
  const tasks = await listUnitTasks(prisma, { blocYearId: blocYear.id, unitId: unit.unitId });
  const sectionIds = header.sections.map((section) => section.id);
  return {
    ...header,
    blocYearId: blocYear.id,
    unit,
    rankedCount: yearResult.result.units.length,
    groups: groupContributionsBySection(unit.contributions, yearResult.criteria, header.sections),
    medians: all ? sectionMedians(yearResult.result.units, sectionIds) : null,
    neighbours: all
      ? { above: yearResult.result.pairs[index - 1] ?? null, below: yearResult.result.pairs[index] ?? null }
      : { above: null, below: null },
    tasks,
    canWhatIf: !isPublishedStatus(blocYear.status),
    seesAllUnits: all,
  };
}
