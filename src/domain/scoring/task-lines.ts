import type { Task } from "./input";
import { formatDate } from "@/domain/calendar/vietnamese-date";
import { lateCompletionPhrase } from "@/domain/tasks/late-completion";
import type { Contribution } from "./result";
import { divideRoundHalfUp } from "./rounding";
import type { TableNode } from "./score-table";
import type { TaskAssessment } from "./task-assessment";
import { formatPoints, formatShare } from "@/domain/format/numbers";

function statePhrase(task: Task, assessment: TaskAssessment): string {
  switch (assessment.state) {
    case "onTime":
      return "hoàn thành đúng hạn";
    case "late":
      return lateCompletionPhrase(assessment.daysLate);
    case "partial":
      return "hoàn thành một phần";
    case "notDone":
      return "không hoàn thành";
    case "overdue":
      return `chưa hoàn thành, đã quá hạn ${formatDate(task.deadline)}`;
    case "notYetDueCounted":
      return `chưa đến hạn (hạn ${formatDate(task.deadline)}), vẫn tính theo quy chế`;
    case "notYetDue":
      return `chưa đến hạn (hạn ${formatDate(task.deadline)}): không tính điểm`;
    case "outsideMembership":
      return `có hạn ${formatDate(task.deadline)} ngoài thời gian là thành viên khối: không tính điểm`;
  }
}

/**
 * The full value of a task of each weight, as shown in its line ("50% × 2,00 điểm"). Display
 * only: the points themselves come from the criterion's single rounding.
 */
export function taskValueLabels(entry: TableNode, countedWeight: number): (weight: number) => string {
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

/** "Nhiệm vụ 12 hoàn thành trễ 3 ngày: 50% × 2,00 điểm = 1,00 điểm". */
export function taskLine(
  task: Task,
  assessment: TaskAssessment,
  points: number,
  value: string,
  criterionId: string,
  explain: boolean,
): Contribution {
  if (!explain) {
    const kind = assessment.counted ? "task" : "taskExcluded";
    return { kind, criterionId, taskId: task.id, points: assessment.counted ? points : 0, label: "" };
  }
  const head = `Nhiệm vụ ${task.number} ${statePhrase(task, assessment)}`;
  if (!assessment.counted)
    return { kind: "taskExcluded", criterionId, taskId: task.id, points: 0, label: head };
  const label = `${head}: ${formatShare(assessment.share)} × ${value} điểm = ${formatPoints(points)} điểm`;
  return { kind: "task", criterionId, taskId: task.id, points, label };
}

export function penaltyLine(
  task: Task,
  points: number,
  criterionId: string | null,
  explain: boolean,
): Contribution {
  const label = explain ? `Nhiệm vụ ${task.number} không hoàn thành: trừ ${formatPoints(points)} điểm` : "";
  return {
    kind: "taskDeduction",
    criterionId: criterionId ?? undefined,
    taskId: task.id,
    points: -points,
    label,
  };
}

/** The 0-point line of a criterion none of whose tasks counts (none assigned, or none due yet). */
export function noTaskLine(entry: TableNode, hasTasks: boolean, explain: boolean): Contribution {
  const why = hasTasks ? "không có nhiệm vụ nào được tính điểm" : "chưa được giao nhiệm vụ nào";
  return {
    kind: "missingScore",
    criterionId: entry.node.id,
    points: 0,
    label: explain ? `${entry.label}: ${why}, 0,00 điểm` : "",
  };
}
