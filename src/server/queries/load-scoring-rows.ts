import "server-only";
import { NAMED_UNIT } from "@/server/queries/unit-names-select";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";
import { yearEnd } from "@/domain/calendar";
import type { ChangedPart } from "@/server/notify/channel";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import { loadScoreLineFactRows, loadTaskFactRows, loadTaskTallyRows } from "./scoring-fact-rows";

/**
 * One part of a year's rows, as the cache of loaded parts knows it: which part, for which variant
 * (a day, a score table), and which parts of the year's data it reads (notify/channel.ts): the
 * score lines are still right after a task changed, the year's own rows after either.
 */
export type RowPart = {
  name: "year" | "tasks" | "tallied-tasks" | "score-lines";
  variant: string;
  reads: readonly ChangedPart[];
};
/** How the parts are obtained: loaded on every call, or kept between runs (cache/year-loaders.ts). */
export type RowParts = <T>(part: RowPart, load: () => Promise<T>) => Promise<T>;

const loadedAfresh: RowParts = (_part, load) => load();

/**
 * Everything the scoring engine needs about one bloc-year. Callers have authorised the bloc-year
 * already; the score table in force is the highest version. With `talliedAsOf`, the tasks come
 * as tallies judged on that day (for a ranking without per-task explanations), unless some task
 * needs the engine's own checks. With `parts`, a part loaded before may be reused: after a saved
 * score only the score lines are read again.
 */
export async function loadScoringRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { talliedAsOf?: string; parts?: RowParts } = {},
) {
  const parts = options.parts ?? loadedAfresh;
  // On a transaction's one connection the queries would only queue; on the pool they overlap.
  const [blocYear, table] = await parts({ name: "year", variant: "", reads: [] }, () =>
    both(
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
    ),
  );
  const end = yearEnd(blocYear.year);
  // As the mapper judges tasks: never past the year's last day.
  const talliedAsOf = options.talliedAsOf && (options.talliedAsOf < end ? options.talliedAsOf : end);
  const loadTasks = async () => {
    const taskTallies = talliedAsOf
      ? await loadTaskTallyRows(prisma, {
          blocYearId,
          asOf: talliedAsOf,
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
  const [{ tasks, taskTallies, keyTasks }, scoreLines] = await both(
    prisma,
    () =>
      talliedAsOf
        ? parts({ name: "tallied-tasks", variant: talliedAsOf, reads: ["tasks"] }, loadTasks)
        : parts({ name: "tasks", variant: "", reads: ["tasks"] }, loadTasks),
    () => parts({ name: "score-lines", variant: table?.id ?? "", reads: ["scores"] }, loadLines),
  );
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
