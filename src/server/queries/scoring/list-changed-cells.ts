import "server-only";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { maySeeUnit } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { findGridYear } from "./get-score-grid";
import { GRID_CELL_SELECT, gridCellOf } from "./grid-cell-select";
import type { ChangedCell } from "./score-grid-types";

/**
 * The cells of one stage saved after `since` in rows the user may see: what other people changed
 * since a grid on screen was read, sent back with a save so that grid stays whole without being
 * rendered again. (A line someone removed meanwhile shows until the grid is read again.)
 */
export async function listChangedCells(
  prisma: AppPrismaClient,
  user: SessionUser,
  options: { blocYearId: string; stage: ScoreStage; since: Date },
): Promise<ChangedCell[]> {
  const blocYear = await findGridYear(prisma, user, options.blocYearId);
  if (!blocYear) return [];
  const lines = await prisma.scoreLine.findMany({
    where: { updatedAt: { gt: options.since }, sheet: { blocYearId: blocYear.id, stage: options.stage } },
    select: { ...GRID_CELL_SELECT, sheet: { select: { unitId: true } } },
  });
  return lines
    .filter((line) => maySeeUnit(user, blocYear, line.sheet.unitId))
    .map((line) => ({
      unitId: line.sheet.unitId,
      criterionId: line.criterionId,
      cell: { lineId: line.id, ...gridCellOf(line) },
    }));
}
