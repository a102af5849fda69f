import "server-only";
import type { YearActivity } from "@/domain/year-stages";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, mayReportTaskProgressAsOwner } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError } from "@/server/errors";
import { authorizeYearWrite, lockYearForWrite } from "@/server/mutations/writable-bloc-year";

export type TaskWrite = "define" | "progress" | "remove";

const TASK_WRITE_ACTIVITY: Record<TaskWrite, YearActivity> = {
  define: "tasks",
  progress: "taskProgress",
  remove: "taskRemoval",
};

/** How the audit log names a task. */
export const taskSubject = (number: number) => `Nhiệm vụ số ${number}`;

/**
 * Loads the task and authorises the write from its own row (its bloc-year, its owner), never
 * from ids the client sent; an unknown task and someone else's task get the same refusal.
 */
export async function authorizeTaskWrite(
  tx: AppTransaction,
  options: { user: SessionUser; taskId: string; write: TaskWrite },
) {
  const task = await tx.task.findUnique({
    where: { id: options.taskId },
    select: {
      id: true,
      number: true,
      blocYearId: true,
      ownerUnitId: true,
      blocYear: { select: { year: true } },
    },
  });
  if (!task) throw new ForbiddenError();
  if (options.write === "progress" && mayReportTaskProgressAsOwner(options.user, task)) {
    await authorizeBlocYear(tx, { user: options.user, blocYearId: task.blocYearId, action: "view" });
    await lockYearForWrite(tx, task.blocYearId, "taskProgress");
  } else {
    await authorizeYearWrite(tx, {
      user: options.user,
      blocYearId: task.blocYearId,
      activity: TASK_WRITE_ACTIVITY[options.write],
    });
  }
  return {
    id: task.id,
    blocYearId: task.blocYearId,
    year: task.blocYear.year,
    subject: taskSubject(task.number),
  };
}
