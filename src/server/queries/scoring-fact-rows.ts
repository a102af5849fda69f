import "server-only";
import type { TaskTally } from "@/domain/scoring";
import type { ScoreStage, TaskStatus } from "@/generated/prisma/enums";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { rowReaderOf } from "@/server/database/row-reader";

// The two long lists the engine reads (a province bloc-year: 20,000 tasks, 8,000 score lines) in
// one plain query each, only the engine's columns, dates as 'YYYY-MM-DD' text, read from the
// driver (row-reader.ts). Through Prisma's relation loading they cost ~4× as much: IN-lists of
// every sheet id, a Date object per date turned back into text by the mapper, and row mapping
// per nested object; through its raw queries ~2× (bench:province).

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
  isKey: boolean;
};

export type ScoreLineFactRow = {
  id: string;
  criterionId: string;
  points: number;
  explanation: string | null;
  unitId: string;
  stage: ScoreStage;
  scorerUnitId: string | null;
};

/** Every task of the bloc-year (or its key tasks only), in task number order. */
export function loadTaskFactRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { keyOnly?: boolean } = {},
): Promise<TaskFactRow[]> {
  return rowReaderOf(prisma)<TaskFactRow>(
    `SELECT id, number, title, "ownerUnitId", "criterionId", weight,
      to_char(deadline, 'YYYY-MM-DD') AS deadline, status::text AS status,
      to_char("completedOn", 'YYYY-MM-DD') AS "completedOn", "completionShare", "isKey"
    FROM "Task" WHERE "blocYearId" = $1 AND ("isKey" OR NOT $2::boolean)
    ORDER BY number`,
    [blocYearId, options.keyOnly ?? false],
  );
}

/**
 * The bloc-year's score lines on the criteria of its score table in force (the highest version),
 * with their sheet's unit and stage, in no particular order (the engine orders each criterion's
 * lines by id; sorting all 8,000 here cost the database more than the rest of the query). The table
 * is found here, not passed in, so the lines load beside the year's other rows.
 *
 * `countedOnly`, for a ranking's figures: a unit's self and cross-check lines on a criterion that
 * has its final line are left out — the final stage always wins (chooseStage), so they change no
 * figure; the engine then neither reads nor checks them. At the review most lines are overruled
 * so (a province year: 8,000 lines, 4,000 counted).
 */
export function loadScoreLineFactRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { countedOnly?: boolean } = {},
): Promise<ScoreLineFactRow[]> {
  return rowReaderOf(prisma)<ScoreLineFactRow>(
    `SELECT l.id, l."criterionId", l.points, l.explanation, s."unitId", s.stage::text AS stage, s."scorerUnitId"
    FROM "ScoreLine" l
    JOIN "ScoreSheet" s ON s.id = l."sheetId"
    JOIN "Criterion" c ON c.id = l."criterionId"
    WHERE s."blocYearId" = $1 AND c."scoreTableId" = (
      SELECT id FROM "ScoreTable" WHERE "blocYearId" = $1 ORDER BY version DESC LIMIT 1)
      AND (NOT $2::boolean OR s.stage = 'FINAL' OR NOT EXISTS (
        SELECT FROM "ScoreLine" f JOIN "ScoreSheet" fs ON fs.id = f."sheetId"
        WHERE fs."blocYearId" = $1 AND fs.stage = 'FINAL' AND fs."unitId" = s."unitId"
          AND f."criterionId" = l."criterionId"))`,
    [blocYearId, options.countedOnly ?? false],
  );
}

/** A TaskTally (src/domain/scoring) as the database gives it: the status as stored. */
export type TaskTallyRow = Omit<TaskTally, "status"> & { status: TaskStatus };

/**
 * The bloc-year's tasks summed up per unit, criterion and what the rules read of them, as
 * tallyTasks (src/domain/scoring/task-tally.ts) defines it: a few rows per unit instead of one per
 * task, judged on `asOf` (never past the year's last day). Whether days late are told apart is
 * read from the year's rules here, so the tallies load beside the year's other rows. Null when
 * some task is not what the engine accepts (a done task without its date, an owner outside the
 * bloc…): the caller then loads the tasks themselves, whose checks name it.
 */
export async function loadTaskTallyRows(
  prisma: AppPrismaClient | AppTransaction,
  options: { blocYearId: string; asOf: string },
): Promise<TaskTallyRow[] | null> {
  // Grouped by the status itself, named as text only per tally: the cast per task cost ~10 %.
  // The year's day and rules once, as values (InitPlans): joined in as a row, they cost a step per
  // task (~15 % of the query); inlined, its rules were read again for every task.
  const rows = await rowReaderOf(prisma)<TaskTallyRow & { suspect: boolean }>(
    `SELECT t."ownerUnitId", t."criterionId", t.status::text AS status,
      CASE WHEN t.status <> 'DONE' OR t."completedOn" <= t.deadline THEN 0
        WHEN (SELECT CASE WHEN jsonb_typeof(b.rules #> '{taskCompletion,lateReductionPerDay}') = 'number'
            THEN (b.rules #>> '{taskCompletion,lateReductionPerDay}')::numeric > 0 ELSE false END
          FROM "BlocYear" b WHERE b.id = $1)
        THEN t."completedOn" - t.deadline END AS "daysLate",
      (t.status IN ('NOT_STARTED', 'IN_PROGRESS')
        AND t.deadline < (SELECT least($2::date, make_date(b.year, 12, 31)) FROM "BlocYear" b WHERE b.id = $1)
      ) AS "pastDeadline",
      coalesce(t.deadline < m."joinedOn" OR t.deadline > m."leftOn", false) AS "outsideMembership",
      count(*)::int AS count, sum(t.weight)::int AS weight,
      coalesce(sum(t.weight::bigint * t."completionShare") FILTER (WHERE t.status = 'PARTIAL'), 0)::float8 AS "weightedShare",
      bool_or(m.id IS NULL OR t.weight <= 0 OR (t.status = 'DONE' AND t."completedOn" IS NULL)
        OR (t.status = 'PARTIAL' AND t."completionShare" NOT BETWEEN 0 AND 10000)) AS suspect
    FROM "Task" t
    LEFT JOIN "Membership" m ON m."blocYearId" = $1 AND m."unitId" = t."ownerUnitId"
    WHERE t."blocYearId" = $1 AND t."criterionId" IS NOT NULL
    GROUP BY t."ownerUnitId", t."criterionId", t.status, 4, 5, 6`,
    [options.blocYearId, options.asOf],
  );
  // As they come (the mapper makes the engine's objects): a float8 holds these integer sums exactly
  // (far below 2^53) and arrives as a number, where a bigint would need a pass of its own.
  return rows.some((row) => row.suspect) ? null : rows;
}
