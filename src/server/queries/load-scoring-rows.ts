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
 * needs the engine's own checks. The queries run one after another: on a transaction's single
 * connection parallel queries would only queue (and pg warns); outside one, running them side by
 * side was measured to gain nothing (bench:province: the time is Node's, not the database's).
 */
export async function loadScoringRows(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
  options: { talliedAsOf?: string } = {},
) {
  const blocYear = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      year: true,
      rules: true,
      memberships: { select: { unitId: true, joinedOn: true, leftOn: true, unit: NAMED_UNIT } },
      ballotTallies: { select: { unitId: true, awardCode: true, votesFor: true, votersPresent: true } },
      eligibilityFlags: { select: { unitId: true, kind: true, since: true, resolvedOn: true } },
    },
  });
  const table = await prisma.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, maxPoints: true, criteria: { select: CRITERION_SELECT } },
  });
  const end = yearEnd(blocYear.year);
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
  const scoreLines = table ? await loadScoreLineFactRows(prisma, { blocYearId, scoreTableId: table.id }) : [];
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

export type BlocYearScoringRows = Awaited<ReturnType<typeof loadScoringRows>>;
