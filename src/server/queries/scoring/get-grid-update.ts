import "server-only";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import {
  blocYearsAllowed,
  mayEnterPeerSheet,
  maySeeUnit,
  seesOtherUnits,
  type YearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { LiveRankingLoader } from "../load-year-result";
import { findGridYear, standingOf } from "./get-score-grid";
import { GRID_CELL_SELECT, gridCellOf } from "./grid-cell-select";
import type { ChangedCell, GridStanding } from "./score-grid-types";

/** What a grid on screen needs after one of its cells was saved, in the rows the user may see. */
export type GridUpdate = {
  /** Every row's place and total now. */
  standings: Record<string, GridStanding>;
  /** The stage's cells saved after `since` (by anyone): the grid stays whole without being read again. */
  changed: ChangedCell[];
  /**
   * The year's lines removed after `since` (cells saved blank), by id: the grid blanks the cells
   * that show them. Ids only: of any stage and row, as the log of a removed line names no more.
   */
  removed: string[];
};

type GridUpdateOptions = { stage: ScoreStage; since: Date | null; scorerUnitId?: string | null };

/**
 * A grid's update after a save, instead of rendering the grid again, for a year the caller has
 * found the user may view, with what it shows to whom (a save's own authorisation read it, so
 * the year is not read again). Without `since` no changed or removed cells are looked for.
 */
export async function gridUpdateFor(
  prisma: AppPrismaClient,
  user: SessionUser,
  blocYear: YearVisibility & { id: string },
  options: GridUpdateOptions,
  liveRanking: LiveRankingLoader,
): Promise<GridUpdate> {
  const since = options.since;
  const [ranking, changed, removed] = await Promise.all([
    liveRanking(blocYear.id),
    since ? changedCells(prisma, user, blocYear, { ...options, since }) : [],
    since ? removedLines(prisma, blocYear.id, since) : [],
  ]);
  const visible = ranking.result.units.filter((unit) => maySeeUnit(user, blocYear, unit.unitId));
  return {
    standings: Object.fromEntries(visible.map((unit) => [unit.unitId, standingOf(unit)])),
    changed,
    removed,
  };
}

/** Lines removed from the year since then, from the audit log (a removed line leaves nothing else). */
async function removedLines(prisma: AppPrismaClient, blocYearId: string, since: Date): Promise<string[]> {
  const events = await prisma.auditEvent.findMany({
    where: { blocYearId, entity: "ScoreLine", action: "delete", at: { gt: since } },
    select: { entityId: true },
    distinct: ["entityId"],
  });
  return events.map((event) => event.entityId);
}

/**
 * The same update for a grid on screen that heard of other people's saves (its stream of the
 * year's changes), read again for the user: null unless they may still view the year and, for a
 * peer's cross-check sheet, open that sheet (as the grid's choice of sheets allows).
 */
export async function gridChangesFor(
  prisma: AppPrismaClient,
  user: SessionUser,
  options: GridUpdateOptions & { blocYearId: string; since: Date },
  liveRanking: LiveRankingLoader,
): Promise<GridUpdate | null> {
  const blocYear = await findGridYear(prisma, user, options.blocYearId);
  if (!blocYear) return null;
  const scorerUnitId = options.scorerUnitId ?? null;
  if (scorerUnitId !== null && !seesOtherUnits(user, blocYear)) {
    const managesYear =
      (await prisma.blocYear.count({
        where: { id: blocYear.id, AND: [blocYearsAllowed(user, "manage")] },
      })) > 0;
    if (!managesYear && !mayEnterPeerSheet(user, { scorerUnitId, managesYear })) return null;
  }
  return gridUpdateFor(prisma, user, blocYear, options, liveRanking);
}

async function changedCells(
  prisma: AppPrismaClient,
  user: SessionUser,
  blocYear: YearVisibility & { id: string },
  options: { stage: ScoreStage; since: Date; scorerUnitId?: string | null },
): Promise<ChangedCell[]> {
  // A peer's sheet: its own lines (the grid's rows are the units it scores); else the stage's.
  const scorerUnitId = options.scorerUnitId ?? null;
  const lines = await prisma.scoreLine.findMany({
    where: {
      updatedAt: { gt: options.since },
      sheet: { blocYearId: blocYear.id, stage: options.stage, scorerUnitId },
    },
    select: { ...GRID_CELL_SELECT, sheet: { select: { unitId: true } } },
  });
  const mayRead = (unitId: string) =>
    scorerUnitId === null
      ? maySeeUnit(user, blocYear, unitId)
      : maySeeUnit(user, blocYear, unitId) || mayEnterPeerSheet(user, { scorerUnitId, managesYear: false });
  return lines
    .filter((line) => mayRead(line.sheet.unitId))
    .map((line) => ({
      unitId: line.sheet.unitId,
      criterionId: line.criterionId,
      cell: { lineId: line.id, ...gridCellOf(line) },
    }));
}
