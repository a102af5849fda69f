import type { TaskStatus } from "@/generated/prisma/client";

// How a seeded task stands, in the words of the tasks tab: a seeded task is numbered by its
// position in its year's list.

export type TaskOutcome = { status: TaskStatus; completionShare: number; completedOn: string | null };

export type SeedTask = {
  owner: string;
  weight: 1 | 2;
  deadline: string;
  outcome: TaskOutcome;
  title: string;
};

/** Done on `completedOn`; late when that is after the deadline. */
export const done = (completedOn: string): TaskOutcome => ({
  status: "DONE",
  completionShare: 10_000,
  completedOn,
});
/** Closed on `completedOn` with only part of the work done. */
export const partial = (completionShare: number, completedOn: string): TaskOutcome => ({
  status: "PARTIAL",
  completionShare,
  completedOn,
});
/** Progress reported so far on a task still open. */
export const inProgress = (completionShare: number): TaskOutcome => ({
  status: "IN_PROGRESS",
  completionShare,
  completedOn: null,
});
export const notStarted: TaskOutcome = { status: "NOT_STARTED", completionShare: 0, completedOn: null };
export const notDone: TaskOutcome = { status: "NOT_DONE", completionShare: 0, completedOn: null };
