import type { IsoDate, Task } from "./input";
import { daysBetween } from "@/domain/calendar/iso-day";
import type { UnitScope } from "./membership";
import type { TaskCompletionRule } from "./rules";

/**
 * How a task counts: 'overdue' is open past its deadline (treated as not done);
 * 'notYetDue' and 'outsideMembership' are left out of the ratio.
 */
export type TaskState =
  | "onTime"
  | "late"
  | "partial"
  | "notDone"
  | "overdue"
  | "notYetDueCounted"
  | "notYetDue"
  | "outsideMembership";

export interface TaskAssessment {
  state: TaskState;
  counted: boolean;
  /** Basis points of the task's weight earned. */
  share: number;
  daysLate: number;
}

export interface AssessmentContext {
  asOf: IsoDate;
  rule: TaskCompletionRule;
  window: UnitScope["window"];
}

function assessment(state: TaskState, share: number, daysLate = 0): TaskAssessment {
  return { state, counted: state !== "notYetDue" && state !== "outsideMembership", share, daysLate };
}

function outsideWindow(task: Task, window: UnitScope["window"]): boolean {
  if (window === null) return false;
  return task.deadline < window.from || (window.to !== null && task.deadline > window.to);
}

function assessDone(task: Task, rule: TaskCompletionRule): TaskAssessment {
  const completedOn = task.completedOn ?? task.deadline;
  if (completedOn <= task.deadline) return assessment("onTime", rule.onTimeShare);
  const daysLate = daysBetween(task.deadline, completedOn);
  const reduced = rule.lateShare - rule.lateReductionPerDay * daysLate;
  const share = rule.lateReductionPerDay > 0 ? Math.max(rule.lateFloorShare, reduced) : rule.lateShare;
  return assessment("late", share, daysLate);
}

export function assessTask(task: Task, context: AssessmentContext): TaskAssessment {
  if (outsideWindow(task, context.window)) return assessment("outsideMembership", 0);
  switch (task.status) {
    case "done":
      return assessDone(task, context.rule);
    case "partial":
      return assessment("partial", task.completionShare ?? 0);
    case "notDone":
      return assessment("notDone", 0);
    default:
      if (task.deadline < context.asOf) return assessment("overdue", 0);
      return assessment(context.rule.notYetDue === "exclude" ? "notYetDue" : "notYetDueCounted", 0);
  }
}

/** Not done and overdue tasks may carry a deduction, by rule. */
export function isPenalised(state: TaskState): boolean {
  return state === "notDone" || state === "overdue";
}
