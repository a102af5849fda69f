import "server-only";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { mayEnterPeerSheet, maySeeUnit, type YearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { LiveRankingLoader } from "../load-year-result";
import { standingOf } from "./get-score-grid";
import { GRID_CELL_SELECT, gridCellOf } from "./grid-cell-select";
import type { ChangedCell, GridStanding } from "./score-grid-types";

/** What a grid on screen needs after one of its cells was saved, in the rows the user may see. */
export type GridUpdate = {
  /** Every row's place and total now. */
  standings: Record<string, GridStanding>;
  /** The stage's cells saved after `since` (by anyone): the grid stays whole without being read again. */
  changed: ChangedCell[];
};

type GridUpdateOptions = { stage: ScoreStage; since: Date | null; scorerUnitId?: string | null };

/**
 * A grid's update after a save, instead of rendering the grid again, for a year the caller has
 * found the user may view, with what it shows to whom (a save's own authorisation read it, so
 * the year is not read again). Without `since` no changed cells are looked for. (A line someone
 * removed meanwhile shows until the grid is read again.)
 */
export async function gridUpdateFor(
  prisma: AppPrismaClient,
  user: SessionUser,
  blocYear: YearVisibility & { id: string },
  options: GridUpdateOptions,
  liveRanking: LiveRankingLoader,
): Promise<GridUpdate> {
  const ranking = await liveRanking(blocYear.id);
  const visible = ranking.result.units.filter((unit) => maySeeUnit(user, blocYear, unit.unitId));
  return {
    standings: Object.fromEntries(visible.map((unit) => [unit.unitId, standingOf(unit)])),
    changed: options.since
      ? await changedCells(prisma, user, blocYear, { ...options, since: options.since })
      : [],
  };
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
