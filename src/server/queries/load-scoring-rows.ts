import "server-only";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import type { ChangedPart } from "@/server/notify/channel";
import { loadScoringYearRow } from "./scoring-year-row";
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
 * already; the score table in force is the highest version. With `talliedAsOf`, for a ranking's
 * figures: the tasks come as tallies judged on that day, unless some task needs the engine's own
 * checks, and the score lines only as far as they count. With `parts`, a part loaded before may
 * be reused: after a saved score only the score lines are read again.
 */
export async function loadScoringRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { talliedAsOf?: string; parts?: RowParts } = {},
) {
  const parts = options.parts ?? loadedAfresh;
  const asOf = options.talliedAsOf;
  // Every part loads at once: none waits for another's rows (the tallies read the year's rules,
  // the lines its score table in force, in the database).
  const [{ scoreTable: table, ...year }, { tasks, taskTallies, keyTasks }, scoreLines] = await sideBySide(
    prisma,
    () => parts({ name: "year", variant: "", reads: [] }, () => loadScoringYearRow(prisma, blocYearId)),
    () =>
      asOf
        ? parts({ name: "tallied-tasks", variant: asOf, reads: ["tasks"] }, () =>
            loadTallies(prisma, blocYearId, asOf),
          )
        : parts({ name: "tasks", variant: "", reads: ["tasks"] }, () => loadTasks(prisma, blocYearId)),
    // A new score table announces the whole year (notify/channel.ts), which drops every part.
    // With tallies (a ranking's figures), only the lines that count.
    () =>
      parts({ name: "score-lines", variant: asOf ? "counted" : "", reads: ["scores"] }, () =>
        loadScoreLineFactRows(prisma, blocYearId, { countedOnly: asOf !== undefined }),
      ),
  );
  return {
    ...year,
    tasks,
    taskTallies,
    keyTasks,
    scoreTable: table && { id: table.id, version: table.version, maxPoints: table.maxPoints },
    criteria: table?.criteria ?? [],
    scoreLines,
  };
}

async function loadTasks(prisma: AppPrismaClient | AppTransaction, blocYearId: string) {
  return { tasks: await loadTaskFactRows(prisma, blocYearId), taskTallies: null, keyTasks: null };
}

/** Tallies cannot name the key task that keeps a unit out of a level: those few come one by one. */
async function loadTallies(prisma: AppPrismaClient | AppTransaction, blocYearId: string, asOf: string) {
  const [taskTallies, keyTasks] = await sideBySide(
    prisma,
    () => loadTaskTallyRows(prisma, { blocYearId, asOf }),
    () => loadTaskFactRows(prisma, blocYearId, { keyOnly: true }),
  );
  return taskTallies ? { tasks: [], taskTallies, keyTasks } : loadTasks(prisma, blocYearId);
}

type Reads = readonly (() => Promise<unknown>)[];

/** Reads side by side on the pool's connections; on a transaction's one connection, in turn. */
async function sideBySide<T extends Reads>(
  prisma: AppPrismaClient | AppTransaction,
  ...reads: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Results = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  if ("$transaction" in prisma) return (await Promise.all(reads.map((read) => read()))) as Results;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results;
}

export type BlocYearScoringRows = Awaited<ReturnType<typeof loadScoringRows>>;
