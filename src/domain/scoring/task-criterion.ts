import type { Task } from "./input";
import type { Contribution } from "./result";
import { apportion } from "./rounding";
import type { TableNode } from "./score-table";
import { type AssessmentContext, type TaskAssessment, assessTask, isPenalised } from "./task-assessment";
import { noTaskLine, penaltyLine, taskLine, taskValueLabels } from "./task-lines";

export interface TaskCriterionScore {
  points: number;
  /** The points before their one rounding: numerator / denominator centipoints (denominator > 0). */
  exact: { numerator: number; denominator: number };
  contributions: Contribution[];
  /** Deductions for tasks not done, as negative contributions for the rule's deduction node. */
  penalties: Contribution[];
  counted: number;
  onTime: number;
  notDone: number;
}

export interface TaskCriterionContext extends AssessmentContext {
  /** Whether the lines carry their text (rankAgencies' `explain`). */
  explain: boolean;
  penaltyPoints: number;
  penaltyCriterionId: string | null;
}

export function emptyCriterionScore(): TaskCriterionScore {
  return {
    points: 0,
    exact: { numerator: 0, denominator: 1 },
    contributions: [],
    penalties: [],
    counted: 0,
    onTime: 0,
    notDone: 0,
  };
}

/** A criterion's tasks in explanation order, assessed, with the weight the ratio divides by. */
interface Assessed {
  tasks: Task[];
  assessments: TaskAssessment[];
  countedWeight: number;
}

function byNumberThenId(a: Task, b: Task): number {
  return a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Tasks mostly arrive in number order (the database reads them so): then no sort is needed. */
function inOrder(tasks: Task[]): boolean {
  for (let i = 1; i < tasks.length; i += 1)
    if (byNumberThenId(tasks[i - 1] as Task, tasks[i] as Task) > 0) return false;
  return true;
}

function assessAll(tasks: Task[] | undefined, context: AssessmentContext): Assessed {
  const sorted = tasks === undefined ? [] : inOrder(tasks) ? tasks : tasks.sort(byNumberThenId);
  const assessments = new Array<TaskAssessment>(sorted.length);
  let countedWeight = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const task = sorted[i] as Task;
    const assessment = assessTask(task, context);
    assessments[i] = assessment;
    if (assessment.counted) countedWeight += task.weight;
  }
  return { tasks: sorted, assessments, countedWeight };
}

function tally(
  result: TaskCriterionScore,
  task: Task,
  assessment: TaskAssessment,
  context: TaskCriterionContext,
): void {
  if (!assessment.counted) return;
  result.counted += 1;
  if (assessment.state === "onTime") result.onTime += 1;
  if (!isPenalised(assessment.state)) return;
  result.notDone += 1;
  if (context.penaltyPoints > 0)
    result.penalties.push(
      penaltyLine(task, context.penaltyPoints, context.penaltyCriterionId, context.explain),
    );
}

/** Σ numerators / (Σ weight counted × 10000): the criterion's points before rounding. */
export function exactOf(numerators: readonly number[], countedWeight: number): TaskCriterionScore["exact"] {
  if (countedWeight === 0) return { numerator: 0, denominator: 1 };
  let numerator = 0;
  for (const value of numerators) numerator += value;
  return { numerator, denominator: countedWeight * 10000 };
}

/**
 * Criterion points = Σ(weight × share) / Σ(weight of counted tasks) × criterion max, rounded once
 * (divideRoundHalfUp) and split over the tasks by largest remainder so the lines add up exactly.
 * With no counted task the criterion scores 0.
 */
export function scoreTaskCriterion(
  entry: TableNode,
  tasks: Task[] | undefined,
  context: TaskCriterionContext,
): TaskCriterionScore {
  const result = emptyCriterionScore();
  const { tasks: sorted, assessments, countedWeight } = assessAll(tasks, context);
  const max = entry.node.maxPoints;
  const numerators = assessments.map((a, i) => (a.counted ? max * (sorted[i] as Task).weight * a.share : 0));
  const parts = countedWeight === 0 ? numerators : apportion(numerators, countedWeight * 10000);
  result.exact = exactOf(numerators, countedWeight);
  const valueOf = taskValueLabels(entry, Math.max(countedWeight, 1));
  for (let i = 0; i < sorted.length; i += 1) {
    const task = sorted[i] as Task;
    const assessment = assessments[i] as TaskAssessment;
    const points = parts[i] ?? 0;
    result.points += points;
    // A task's full value is display only: looked up only when the line is written out.
    const value = context.explain ? valueOf(task.weight) : "";
    result.contributions.push(taskLine(task, assessment, points, value, entry.node.id, context.explain));
    tally(result, task, assessment, context);
  }
  if (countedWeight === 0) result.contributions.push(noTaskLine(entry, sorted.length > 0, context.explain));
  return result;
}
