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
 * needs the engine's own checks. With `concurrent` (never inside a transaction) the queries run
 * side by side; else one after another: on a transaction's single connection parallel queries
 * would only queue, and pg warns.
 */
export async function loadScoringRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { talliedAsOf?: string; concurrent?: boolean } = {},
) {
  const head = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { year: true, rules: true },
  });
  const end = yearEnd(head.year);
  const tasks = async () => {
    const tallies = options.talliedAsOf
      ? await loadTaskTallyRows(prisma, {
          blocYearId,
          // As the mapper judges tasks: never past the year's last day.
          asOf: options.talliedAsOf < end ? options.talliedAsOf : end,
          daysLateApart: scoringRulesSchema.parse(head.rules).taskCompletion.lateReductionPerDay > 0,
        })
      : null;
    return { taskTallies: tallies, tasks: tallies ? [] : await loadTaskFactRows(prisma, blocYearId) };
  };
  const [facts, table, loadedTasks, lines] = await inTurnOrTogether(options.concurrent ?? false, [
    () => loadYearFacts(prisma, blocYearId),
    () => loadScoreTableInForce(prisma, blocYearId),
    tasks,
    () => loadScoreLineFactRows(prisma, { blocYearId }),
  ] as const);
  // A new version of the score table saved between the two reads: its lines, then.
  const scoreLines =
    table && lines.some((line) => line.scoreTableId !== table.id)
      ? await loadScoreLineFactRows(prisma, { blocYearId, scoreTableId: table.id })
      : table
        ? lines
        : [];
  return {
    ...head,
    ...facts,
    ...loadedTasks,
    scoreTable: table && { id: table.id, version: table.version, maxPoints: table.maxPoints },
    criteria: table?.criteria ?? [],
    scoreLines,
  };
}

type Works = readonly (() => Promise<unknown>)[];
type Results<T extends Works> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

async function inTurnOrTogether<T extends Works>(together: boolean, works: T): Promise<Results<T>> {
  if (together) return (await Promise.all(works.map((work) => work()))) as Results<T>;
  const results: unknown[] = [];
  for (const work of works) results.push(await work());
  return results as Results<T>;
}

function loadYearFacts(prisma: AppPrismaClient | AppTransaction, blocYearId: string) {
  return prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      memberships: { select: { unitId: true, joinedOn: true, leftOn: true, unit: NAMED_UNIT } },
      ballotTallies: { select: { unitId: true, awardCode: true, votesFor: true, votersPresent: true } },
      eligibilityFlags: { select: { unitId: true, kind: true, since: true, resolvedOn: true } },
    },
  });
}

function loadScoreTableInForce(prisma: AppPrismaClient | AppTransaction, blocYearId: string) {
  return prisma.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, maxPoints: true, criteria: { select: CRITERION_SELECT } },
  });
}

export type BlocYearScoringRows = Awaited<ReturnType<typeof loadScoringRows>>;
