import "server-only";
import type { ScoreStage, TaskStatus } from "@/generated/prisma/enums";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

// The two long lists the engine reads (a province bloc-year: 20,000 tasks, 8,000 score lines) in
// one plain query each, only the engine's columns, dates as 'YYYY-MM-DD' text. Through Prisma's
// relation loading they cost ~4× as much: IN-lists of every sheet id, a Date object per date
// turned back into text by the mapper, and row mapping per nested object (bench:province).

export type TaskFactRow = {
  id: string;
  number: number;
  title: string;
  ownerUnitId: string;
  criterionId: string | null;
  weight: number;
  deadline: string;
  status: TaskStatus;
  completedOn: string | null;
  completionShare: number;
};

export type ScoreLineFactRow = {
  id: string;
  criterionId: string;
  points: number;
  explanation: string | null;
  unitId: string;
  stage: ScoreStage;
};

/** Every task of the bloc-year, in task number order. */
export function loadTaskFactRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
): Promise<TaskFactRow[]> {
  return prisma.$queryRaw<TaskFactRow[]>`
    SELECT id, number, title, "ownerUnitId", "criterionId", weight,
      to_char(deadline, 'YYYY-MM-DD') AS deadline, status::text AS status,
      to_char("completedOn", 'YYYY-MM-DD') AS "completedOn", "completionShare"
    FROM "Task" WHERE "blocYearId" = ${blocYearId}
    ORDER BY number`;
}

/** The bloc-year's score lines on the criteria of one score table, with their sheet's unit and stage. */
export function loadScoreLineFactRows(
  prisma: AppPrismaClient | AppTransaction,
  options: { blocYearId: string; scoreTableId: string },
): Promise<ScoreLineFactRow[]> {
  return prisma.$queryRaw<ScoreLineFactRow[]>`
    SELECT l.id, l."criterionId", l.points, l.explanation, s."unitId", s.stage::text AS stage
    FROM "ScoreLine" l
    JOIN "ScoreSheet" s ON s.id = l."sheetId"
    JOIN "Criterion" c ON c.id = l."criterionId"
    WHERE s."blocYearId" = ${options.blocYearId} AND c."scoreTableId" = ${options.scoreTableId}
    ORDER BY l.id`;
}
