import { addDays, yearEnd } from "@/domain/calendar/iso-day";
import type { TaskStatusCode } from "@/domain/vocabulary/codes";

/** Statuses that settle a task: it no longer runs late, whatever its deadline. */
const CLOSED: ReadonlySet<TaskStatusCode> = new Set(["DONE", "PARTIAL", "NOT_DONE"]);

export const isClosed = (status: TaskStatusCode) => CLOSED.has(status);

/** The look-ahead of the laggards view (issue 4: "due within 14 days"). */
export const DUE_SOON_DAYS = 14;

export type TaskTiming = { status: TaskStatusCode; deadline: string };

/** Quá hạn: the deadline has passed (strictly before `asOf`) and the task is still open. */
export function isOverdue(task: TaskTiming, asOf: string): boolean {
  return !isClosed(task.status) && task.deadline < asOf;
}

export type Lateness = "overdue" | "dueSoon";

/** Whether an open task belongs in the laggards view as of a day, and why. */
export function lateness(task: TaskTiming, asOf: string): Lateness | null {
  if (isClosed(task.status)) return null;
  if (task.deadline < asOf) return "overdue";
  if (task.deadline <= addDays(asOf, DUE_SOON_DAYS)) return "dueSoon";
  return null;
}

/** A year is judged as of today while it runs, and as of its last day once it is over. */
export function asOfForYear(year: number, today: string): string {
  const end = yearEnd(year);
  return today < end ? today : end;
}
