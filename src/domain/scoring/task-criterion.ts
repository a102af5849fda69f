import type { Task } from './input';
import { formatVietnameseDate } from './iso-date';
import type { Contribution } from './result';
import { apportion, divideRoundHalfUp } from './rounding';
import type { TableNode } from './score-table';
import { type AssessmentContext, type TaskAssessment, assessTask, isPenalised } from './task-assessment';
import { formatPoints, formatShare } from './vietnamese-format';

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
  const deadline = formatVietnameseDate(task.deadline);
  switch (assessment.state) {
    case 'onTime':
      return 'hoàn thành đúng hạn';
    case 'late':
      return `hoàn thành trễ hạn ${assessment.daysLate} ngày`;
    case 'partial':
      return 'hoàn thành một phần';
    case 'notDone':
      return 'không hoàn thành';
    case 'overdue':
      return `chưa hoàn thành, đã quá hạn ${deadline}`;
    case 'notYetDueCounted':
      return `chưa đến hạn (hạn ${deadline}), vẫn tính theo quy chế`;
    case 'notYetDue':
      return `chưa đến hạn (hạn ${deadline}): không tính điểm`;
    case 'outsideMembership':
      return `có hạn ${deadline} ngoài thời gian là thành viên khối: không tính điểm`;
  }
}

function taskLine(task: Task, assessment: TaskAssessment, points: number, value: number, criterionId: string): Contribution {
  const head = `Nhiệm vụ ${task.number} ${statePhrase(task, assessment)}`;
  if (!assessment.counted) return { kind: 'taskExcluded', criterionId, taskId: task.id, points: 0, label: head };
  const label = `${head}: ${formatShare(assessment.share)} × ${formatPoints(value)} điểm = ${formatPoints(points)} điểm`;
  return { kind: 'task', criterionId, taskId: task.id, points, label };
}

function penaltyLine(task: Task, context: TaskCriterionContext): Contribution {
  const label = `Nhiệm vụ ${task.number} không hoàn thành: trừ ${formatPoints(context.penaltyPoints)} điểm`;
  const criterionId = context.penaltyCriterionId ?? undefined;
  return { kind: 'taskDeduction', criterionId, taskId: task.id, points: -context.penaltyPoints, label };
}

function emptyLine(entry: TableNode, hasTasks: boolean): Contribution {
  const why = hasTasks ? 'không có nhiệm vụ nào được tính điểm' : 'chưa được giao nhiệm vụ nào';
  return { kind: 'missingScore', criterionId: entry.node.id, points: 0, label: `${entry.label}: ${why}, 0,00 điểm` };
}

/**
 * Criterion points = Σ(weight × share) / Σ(weight of counted tasks) × criterion max, rounded once
 * (divideRoundHalfUp) and split over the tasks by largest remainder so the lines add up exactly.
 */
export function scoreTaskCriterion(entry: TableNode, tasks: Task[] | undefined, context: TaskCriterionContext): TaskCriterionScore {
  const result: TaskCriterionScore = { points: 0, contributions: [], penalties: [], counted: 0, onTime: 0, notDone: 0 };
  const sorted = (tasks ?? []).sort(byNumberThenId);
  const assessments = sorted.map((task) => assessTask(task, context));
  let totalWeight = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    if (assessments[i]?.counted) totalWeight += sorted[i]?.weight ?? 0;
  }
  if (totalWeight === 0) return withEmptyLine(result, entry, sorted, assessments);
  const max = entry.node.maxPoints;
  const numerators = sorted.map((task, i) => (assessments[i]?.counted ? max * task.weight * (assessments[i]?.share ?? 0) : 0));
  const parts = apportion(numerators, totalWeight * 10000);
  for (let i = 0; i < sorted.length; i += 1) {
    const task = sorted[i] as Task;
    const assessment = assessments[i] as TaskAssessment;
    const points = parts[i] ?? 0;
    result.points += points;
    result.contributions.push(taskLine(task, assessment, points, divideRoundHalfUp(max * task.weight, totalWeight), entry.node.id));
    tally(result, task, assessment, context);
  }
  return result;
}

function tally(result: TaskCriterionScore, task: Task, assessment: TaskAssessment, context: TaskCriterionContext): void {
  if (!assessment.counted) return;
  result.counted += 1;
  if (assessment.state === 'onTime') result.onTime += 1;
  if (!isPenalised(assessment.state)) return;
  result.notDone += 1;
  if (context.penaltyPoints > 0) result.penalties.push(penaltyLine(task, context));
}

function withEmptyLine(result: TaskCriterionScore, entry: TableNode, tasks: Task[], assessments: TaskAssessment[]): TaskCriterionScore {
  tasks.forEach((task, i) => result.contributions.push(taskLine(task, assessments[i] as TaskAssessment, 0, 0, entry.node.id)));
  result.contributions.push(emptyLine(entry, tasks.length > 0));
  return result;
}
