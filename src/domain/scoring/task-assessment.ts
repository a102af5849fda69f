import type { IsoDate, KeyTask, Task } from "./input";
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

/** Read-only: the common ones are shared between tasks (see `shared`). */
export interface TaskAssessment {
  readonly state: TaskState;
  readonly counted: boolean;
  /** Basis points of the task's weight earned. */
  readonly share: number;
  readonly daysLate: number;
}

export interface AssessmentContext {
  asOf: IsoDate;
  rule: TaskCompletionRule;
  window: UnitScope["window"];
}

function assessment(state: TaskState, share: number, daysLate = 0): TaskAssessment {
  return { state, counted: state !== "notYetDue" && state !== "outsideMembership", share, daysLate };
}

/**
 * Assessments without days late, shared between tasks: a nation-scale ranking assesses a million
 * tasks, and one object each showed as garbage collection in the bench. Per state, the last share
 * asked for (a year's rules give each state one share).
 */
const SHARED = new Map<TaskState, TaskAssessment>();
function shared(state: TaskState, share: number): TaskAssessment {
  const last = SHARED.get(state);
  if (last !== undefined && last.share === share) return last;
  const made = Object.freeze(assessment(state, share));
  SHARED.set(state, made);
  return made;
}

/**
 * What the rules look at in a task, as a task or a tally of like tasks (TaskTally) states it.
 * `daysLate` null: done late, the days not told apart (valid only without a per-day reduction).
 */
export interface TaskFacts {
  status: Task["status"];
  daysLate: number | null;
  pastDeadline: boolean;
  outsideMembership: boolean;
  completionShare: number;
}

function outsideWindow(task: KeyTask, window: UnitScope["window"]): boolean {
  if (window === null) return false;
  return task.deadline < window.from || (window.to !== null && task.deadline > window.to);
}

export function factsOf(task: KeyTask, context: AssessmentContext): TaskFacts {
  const completedOn = task.completedOn ?? task.deadline;
  return {
    status: task.status,
    daysLate: completedOn <= task.deadline ? 0 : daysBetween(task.deadline, completedOn),
    pastDeadline: task.deadline < context.asOf,
    outsideMembership: outsideWindow(task, context.window),
    completionShare: task.completionShare ?? 0,
  };
}

function assessDone(daysLate: number | null, rule: TaskCompletionRule): TaskAssessment {
  if (daysLate === 0) return shared("onTime", rule.onTimeShare);
  if (daysLate === null) return shared("late", rule.lateShare);
  const reduced = rule.lateShare - rule.lateReductionPerDay * daysLate;
  const share = rule.lateReductionPerDay > 0 ? Math.max(rule.lateFloorShare, reduced) : rule.lateShare;
  return assessment("late", share, daysLate);
}

/** How tasks with these facts count; `windowed`: the rules pro-rate by membership. */
export function assessFacts(facts: TaskFacts, rule: TaskCompletionRule, windowed: boolean): TaskAssessment {
  if (windowed && facts.outsideMembership) return shared("outsideMembership", 0);
  switch (facts.status) {
    case "done":
      return assessDone(facts.daysLate, rule);
    case "partial":
      return assessment("partial", facts.completionShare);
    case "notDone":
      return shared("notDone", 0);
    default:
      if (facts.pastDeadline) return shared("overdue", 0);
      return shared(rule.notYetDue === "exclude" ? "notYetDue" : "notYetDueCounted", 0);
  }
}

export function assessTask(task: Task, context: AssessmentContext): TaskAssessment {
  return assessFacts(factsOf(task, context), context.rule, context.window !== null);
}

/** Not done and overdue tasks may carry a deduction, by rule. */
export function isPenalised(state: TaskState): boolean {
  return state === "notDone" || state === "overdue";
}
