import { daysBetween, type IsoDay, toIsoDay } from "@/domain/calendar/iso-day";
import { TASK_STATUS_LABEL } from "@/domain/vocabulary/labels";
import type { TaskStatusCode } from "@/domain/vocabulary/codes";

/** A @db.Date value or its day. */
type Day = Date | IsoDay;

const dayOf = (day: Day): IsoDay => (typeof day === "string" ? day : toIsoDay(day));

export type CompletionTiming = { status: TaskStatusCode; deadline: Day; completedOn: Day | null };

/**
 * Days a finished task (DONE or PARTIAL) was completed after its deadline; 0 when on time, open
 * or without a completion date. The one count every screen, export and score line uses.
 */
export function daysCompletedLate(task: CompletionTiming): number {
  if ((task.status !== "DONE" && task.status !== "PARTIAL") || !task.completedOn) return 0;
  return Math.max(0, daysBetween(dayOf(task.deadline), dayOf(task.completedOn)));
}

/** "hoàn thành trễ 3 ngày", the words for a late completion wherever it is shown (issue 10). */
export const lateCompletionPhrase = (days: number) => `hoàn thành trễ ${days} ngày`;

/**
 * A task's status as people read it: "Hoàn thành trễ 3 ngày" rather than a bare "Hoàn thành"
 * when it was done after its deadline; "Hoàn thành một phần, trễ 3 ngày" likewise.
 */
export function taskStatusText(task: CompletionTiming): string {
  const late = daysCompletedLate(task);
  if (late === 0) return TASK_STATUS_LABEL[task.status];
  if (task.status === "DONE") return `Hoàn thành trễ ${late} ngày`;
  return `${TASK_STATUS_LABEL[task.status]}, trễ ${late} ngày`;
}
