import "server-only";
import { GRID_CELL_SELECT } from "./grid-cell-select";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearMembers, rankedYearMembers } from "@/server/queries/members/year-members";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";

/**
 * The units the year ranks (one grid row each: a unit that left before the year's end has none
 * unless the year's membership rule ranks it) and one stage's sheets with their lines on the
 * table in force.
 */
export async function loadScoreGridRows(
  prisma: AppPrismaClient,
  options: { blocYearId: string; scoreTableId: string | null; stage: ScoreStage },
) {
  const { blocYearId, scoreTableId, stage } = options;
  const [yearMembers, criteria, sheets] = await Promise.all([
    loadYearMembers(prisma, blocYearId),
    scoreTableId
      ? prisma.criterion.findMany({
          where: { scoreTableId },
          select: CRITERION_SELECT,
        })
      : Promise.resolve([]),
    prisma.scoreSheet.findMany({
      where: { blocYearId, stage },
      select: {
        id: true,
        unitId: true,
        scorerUnitId: true,
        status: true,
        version: true,
        returnReason: true,
        submittedAt: true,
        approvedAt: true,
        lines: {
          where: { criterion: { scoreTableId: scoreTableId ?? "-none-" } },
          select: {
            ...GRID_CELL_SELECT,
            evidenceFiles: {
              select: { id: true, fileName: true, size: true },
              orderBy: { createdAt: "asc" },
            },
          },
        },
      },
    }),
  ]);
  return { members: rankedYearMembers(yearMembers), criteria, sheets };
}

export type ScoreGridRows = Awaited<ReturnType<typeof loadScoreGridRows>>;
