import "server-only";
import type {
  KeyTask,
  ScoreNode,
  ScoreLine,
  ScoreNodeKind,
  ScoreStage,
  ScoringInput,
  Task,
  TaskStatus,
} from "@/domain/scoring";
import { unitNameOn, yearEnd, yearStart } from "@/domain/calendar";
import type {
  CriterionKind,
  ScoreStage as DbScoreStage,
  TaskStatus as DbTaskStatus,
} from "@/generated/prisma/enums";
import type { BlocYearScoringRows } from "@/server/queries/load-scoring-rows";
import type { ScoreLineFactRow, TaskFactRow } from "@/server/queries/scoring-fact-rows";
import { storedRules } from "./stored-rules";

const NODE_KIND: Record<CriterionKind, ScoreNodeKind> = {
  SECTION: "section",
  MANUAL: "manual",
  TASK_DERIVED: "taskDerived",
  BONUS: "bonus",
  DEDUCTION: "deduction",
};
const TASK_STATUS: Record<DbTaskStatus, TaskStatus> = {
  NOT_STARTED: "notStarted",
  IN_PROGRESS: "inProgress",
  DONE: "done",
  PARTIAL: "partial",
  NOT_DONE: "notDone",
};
const STAGE: Record<DbScoreStage, ScoreStage> = { SELF: "self", CROSS_CHECK: "crossCheck", FINAL: "final" };

function toKeyTask(task: TaskFactRow): KeyTask {
  return {
    id: task.id,
    number: task.number,
    title: task.title,
    ownerUnitId: task.ownerUnitId,
    deadline: task.deadline,
    status: TASK_STATUS[task.status],
    ...(task.completedOn && { completedOn: task.completedOn }),
    completionShare: task.completionShare,
  };
}

/** The tasks that feed a criterion of the table, as the engine reads them. */
function toTasks(rows: readonly TaskFactRow[]): Task[] {
  return rows.flatMap((task) =>
    task.criterionId
      ? [{ ...toKeyTask(task), criterionId: task.criterionId, weight: task.weight, isKey: task.isKey }]
      : [],
  );
}

/**
 * The engine's input for a bloc-year. Tasks are judged as of `asOf` (today, but never past the
 * year's last day); units carry the names they bore at year end.
 */
export function toScoringInput(rows: BlocYearScoringRows, asOf: string): ScoringInput {
  const period = { start: yearStart(rows.year), end: yearEnd(rows.year) };
  const rules = storedRules(rows.rules);
  return {
    period,
    asOf: asOf < period.end ? asOf : period.end,
    rules,
    scoreTable: buildTree(rows.criteria, null),
    members: rows.memberships.map((membership) => ({
      unitId: membership.unitId,
      name: unitNameOn(membership.names, period.end)?.name ?? membership.unitId,
      joinedOn: membership.joinedOn,
      ...(membership.leftOn && { leftOn: membership.leftOn }),
    })),
    tasks: toTasks(rows.tasks),
    // Key tasks the task list leaves out: with tallies all of them, else those feeding no criterion.
    keyTasks: rows.taskTallies
      ? (rows.keyTasks ?? []).map(toKeyTask)
      : rows.tasks.filter((task) => task.isKey && !task.criterionId).map(toKeyTask),
    ...(rows.taskTallies && {
      taskTallies: rows.taskTallies.map((tally) => ({
        ownerUnitId: tally.ownerUnitId,
        criterionId: tally.criterionId,
        status: TASK_STATUS[tally.status],
        daysLate: tally.daysLate,
        pastDeadline: tally.pastDeadline,
        outsideMembership: tally.outsideMembership,
        count: tally.count,
        weight: tally.weight,
        weightedShare: tally.weightedShare,
      })),
    }),
    scoreLines: rows.scoreLines.map(toScoreLine),
    ballots: rows.ballotTallies,
    eligibility: eligibilityOf(rows.eligibilityFlags, asOf),
  };
}

/** Without spreads: thousands of lines a ranking (bench:province). */
function toScoreLine(line: ScoreLineFactRow): ScoreLine {
  const mapped: ScoreLine = {
    id: line.id,
    unitId: line.unitId,
    criterionId: line.criterionId,
    stage: STAGE[line.stage],
    points: line.points,
  };
  if (line.explanation) mapped.explanation = line.explanation;
  if (line.scorerUnitId) mapped.scorerUnitId = line.scorerUnitId;
  return mapped;
}

type CriterionRow = BlocYearScoringRows["criteria"][number];

function buildTree(criteria: readonly CriterionRow[], parentId: string | null): ScoreNode[] {
  return criteria
    .filter((criterion) => criterion.parentId === parentId)
    .sort((a, b) => a.position - b.position)
    .map((criterion) => {
      const children = buildTree(criteria, criterion.id);
      return {
        id: criterion.id,
        code: criterion.code,
        title: criterion.title,
        kind: NODE_KIND[criterion.kind],
        maxPoints: criterion.maxPoints,
        ...(criterion.capPoints !== null && { capPoints: criterion.capPoints }),
        ...(criterion.reducesId !== null && { reducesCriterionId: criterion.reducesId }),
        ...(children.length > 0 && { children }),
      };
    });
}

const FLAG_FIELD = {
  DISCIPLINARY_REVIEW: "underDisciplinaryReview",
  INVESTIGATION: "underInvestigation",
  INSPECTION: "underInspection",
  UNRESOLVED_COMPLAINT: "unresolvedComplaint",
} as const;

/** Flags in force on the as-of date: raised by then and not yet resolved. */
function eligibilityOf(
  flags: BlocYearScoringRows["eligibilityFlags"],
  asOf: string,
): ScoringInput["eligibility"] {
  const byUnit = new Map<string, Record<string, boolean>>();
  for (const flag of flags) {
    if (flag.since > asOf || (flag.resolvedOn && flag.resolvedOn <= asOf)) continue;
    byUnit.set(flag.unitId, { ...byUnit.get(flag.unitId), [FLAG_FIELD[flag.kind]]: true });
  }
  return [...byUnit].map(([unitId, fields]) => ({ unitId, ...fields }));
}
