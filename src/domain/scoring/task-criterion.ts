import type { Task } from "./input";
import { formatVietnameseDate } from "./iso-date";
import type { Contribution } from "./result";
import { apportion, divideRoundHalfUp } from "./rounding";
import type { TableNode } from "./score-table";
import { type AssessmentContext, type TaskAssessment, assessTask, isPenalised } from "./task-assessment";
import { formatPoints, formatShare } from "./vietnamese-format";

export interface TaskCriterionScore {
  points: number;
  contributions: Contribution[];
  /** Deductions for tasks not done, as negative contributions for the rule's deduction node. */
  penalties: Contribution[];
  counted: number;
  onTime: number;
  notDone: number;
}

export interface TaskCriterionContext extends AssessmentContext {
  penaltyPoints: number;
  penaltyCriterionId: string | null;
}

function byNumberThenId(a: Task, b: Task): number {
  return a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function statePhrase(task: Task, assessment: TaskAssessment): string {
  switch (assessment.state) {
    case "onTime":
      return "hoàn thành đúng hạn";
    case "late":
      return `hoàn thành trễ hạn ${assessment.daysLate} ngày`;
    case "partial":
      return "hoàn thành một phần";
    case "notDone":
      return "không hoàn thành";
    case "overdue":
      return `chưa hoàn thành, đã quá hạn ${formatVietnameseDate(task.deadline)}`;
    case "notYetDueCounted":
      return `chưa đến hạn (hạn ${formatVietnameseDate(task.deadline)}), vẫn tính theo quy chế`;
    case "notYetDue":
      return `chưa đến hạn (hạn ${formatVietnameseDate(task.deadline)}): không tính điểm`;
    case "outsideMembership":
      return `có hạn ${formatVietnameseDate(task.deadline)} ngoài thời gian là thành viên khối: không tính điểm`;
  }
}

/** A criterion's tasks, assessed, with the weight that the ratio divides by. */
interface Assessed {
  tasks: Task[];
  assessments: TaskAssessment[];
  countedWeight: number;
}

function assessAll(tasks: Task[] | undefined, context: AssessmentContext): Assessed {
  const sorted = tasks === undefined ? [] : tasks.sort(byNumberThenId);
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

/** Full value of a task of this weight, for the label; tasks mostly share a few weights. */
function valueLabels(entry: TableNode, countedWeight: number): (weight: number) => string {
  const cache = new Map<number, string>();
  return (weight) => {
    let label = cache.get(weight);
    if (label === undefined) {
      label = formatPoints(divideRoundHalfUp(entry.node.maxPoints * weight, countedWeight));
      cache.set(weight, label);
    }
    return label;
  };
}

function penaltyLine(task: Task, context: TaskCriterionContext): Contribution {
  const label = `Nhiệm vụ ${task.number} không hoàn thành: trừ ${formatPoints(context.penaltyPoints)} điểm`;
  const criterionId = context.penaltyCriterionId ?? undefined;
  return { kind: "taskDeduction", criterionId, taskId: task.id, points: -context.penaltyPoints, label };
}

function tally(result: TaskCriterionScore, task: Task, assessment: TaskAssessment, context: TaskCriterionContext): void {
  if (!assessment.counted) return;
  result.counted += 1;
  if (assessment.state === "onTime") result.onTime += 1;
  if (!isPenalised(assessment.state)) return;
  result.notDone += 1;
  if (context.penaltyPoints > 0) result.penalties.push(penaltyLine(task, context));
}

function excludedOnly(result: TaskCriterionScore, entry: TableNode, { tasks, assessments }: Assessed): TaskCriterionScore {
  const criterionId = entry.node.id;
  tasks.forEach((task, i) => {
    const label = `Nhiệm vụ ${task.number} ${statePhrase(task, assessments[i] as TaskAssessment)}`;
    result.contributions.push({ kind: "taskExcluded", criterionId, taskId: task.id, points: 0, label });
  });
  const why = tasks.length > 0 ? "không có nhiệm vụ nào được tính điểm" : "chưa được giao nhiệm vụ nào";
  result.contributions.push({ kind: "missingScore", criterionId, points: 0, label: `${entry.label}: ${why}, 0,00 điểm` });
  return result;
}

/**
 * Criterion points = Σ(weight × share) / Σ(weight of counted tasks) × criterion max, rounded once
 * (divideRoundHalfUp) and split over the tasks by largest remainder so the lines add up exactly.
 */
export function scoreTaskCriterion(entry: TableNode, tasks: Task[] | undefined, context: TaskCriterionContext): TaskCriterionScore {
  const result: TaskCriterionScore = { points: 0, contributions: [], penalties: [], counted: 0, onTime: 0, notDone: 0 };
  const assessed = assessAll(tasks, context);
  if (assessed.countedWeight === 0) return excludedOnly(result, entry, assessed);
  const { tasks: sorted, assessments } = assessed;
  const max = entry.node.maxPoints;
  const numerators = assessments.map((a, i) => (a.counted ? max * (sorted[i] as Task).weight * a.share : 0));
  const parts = apportion(numerators, assessed.countedWeight * 10000);
  const valueOf = valueLabels(entry, assessed.countedWeight);
  const criterionId = entry.node.id;
  for (let i = 0; i < sorted.length; i += 1) {
    const task = sorted[i] as Task;
    const assessment = assessments[i] as TaskAssessment;
    const points = parts[i] ?? 0;
    const head = `Nhiệm vụ ${task.number} ${statePhrase(task, assessment)}`;
    const line: Contribution = assessment.counted
      ? { kind: "task", criterionId, taskId: task.id, points, label: `${head}: ${formatShare(assessment.share)} × ${valueOf(task.weight)} điểm = ${formatPoints(points)} điểm` }
      : { kind: "taskExcluded", criterionId, taskId: task.id, points: 0, label: head };
    result.points += points;
    result.contributions.push(line);
    tally(result, task, assessment, context);
  }
  return result;
}
