import "server-only";
import { NAMED_UNIT } from "@/server/queries/unit-names-select";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";
import { yearEnd } from "@/domain/calendar";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import { loadScoreLineFactRows, loadTaskFactRows, loadTaskTallyRows } from "./scoring-fact-rows";

/**
 * Everything the scoring engine needs about one bloc-year. Callers have authorised the bloc-year
 * already; the score table in force is the highest version. With `talliedAsOf`, the tasks come
 * as tallies judged on that day (for a ranking without per-task explanations), unless some task
 * needs the engine's own checks.
 */
export async function loadScoringRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { talliedAsOf?: string } = {},
) {
  // On a transaction's one connection the queries would only queue; on the pool they overlap.
  const [blocYear, table] = await both(
    prisma,
    () =>
      prisma.blocYear.findUniqueOrThrow({
        where: { id: blocYearId },
        select: {
          year: true,
          rules: true,
          memberships: { select: { unitId: true, joinedOn: true, leftOn: true, unit: NAMED_UNIT } },
          ballotTallies: { select: { unitId: true, awardCode: true, votesFor: true, votersPresent: true } },
          eligibilityFlags: { select: { unitId: true, kind: true, since: true, resolvedOn: true } },
        },
      }),
    () =>
      prisma.scoreTable.findFirst({
        where: { blocYearId },
        orderBy: { version: "desc" },
        select: { id: true, version: true, maxPoints: true, criteria: { select: CRITERION_SELECT } },
      }),
  );
  const end = yearEnd(blocYear.year);
  const loadTasks = async () => {
    const taskTallies = options.talliedAsOf
      ? await loadTaskTallyRows(prisma, {
          blocYearId,
          // As the mapper judges tasks: never past the year's last day.
          asOf: options.talliedAsOf < end ? options.talliedAsOf : end,
          daysLateApart: scoringRulesSchema.parse(blocYear.rules).taskCompletion.lateReductionPerDay > 0,
        })
      : null;
    const tasks = taskTallies ? [] : await loadTaskFactRows(prisma, blocYearId);
    // Tallies cannot name the key task that keeps a unit out of a level: those few come one by one.
    const keyTasks = taskTallies ? await loadTaskFactRows(prisma, blocYearId, { keyOnly: true }) : null;
    return { tasks, taskTallies, keyTasks };
  };
  const loadLines = async () =>
    table ? loadScoreLineFactRows(prisma, { blocYearId, scoreTableId: table.id }) : [];
  const [{ tasks, taskTallies, keyTasks }, scoreLines] = await both(prisma, loadTasks, loadLines);
  return {
    ...blocYear,
    tasks,
    taskTallies,
    keyTasks,
    scoreTable: table && { id: table.id, version: table.version, maxPoints: table.maxPoints },
    criteria: table?.criteria ?? [],
    scoreLines,
  };
}

/** Two reads side by side on the pool's connections; one after the other in a transaction. */
async function both<A, B>(
  prisma: AppPrismaClient | AppTransaction,
  first: () => Promise<A>,
  second: () => Promise<B>,
): Promise<[A, B]> {
  if (!("$transaction" in prisma)) return [await first(), await second()];
  return Promise.all([first(), second()]);
}

export type BlocYearScoringRows = Awaited<ReturnType<typeof loadScoringRows>>;
