import "server-only";
import { formatDate } from "@/domain/calendar";
import { percentInput } from "@/domain/tasks";
import type { TaskStatusCode } from "@/domain/vocabulary";
import type { TaskFilters } from "@/schemas/tasks/task-filters";
import type { SessionUser } from "@/server/auth/session-user";
import { mayReportTaskProgressAsOwner } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { listTasks } from "./list-tasks";

/** A task's progress as the table's cells hold it: text as typed (dd/mm/yyyy, "37,5"). */
export type ProgressValues = {
  status: TaskStatusCode;
  completedOn: string;
  completionPercent: string;
  evidenceNote: string;
  /** Not edited in the table; carried so a save keeps the link as loaded. */
  evidenceUrl: string;
  version: number;
};

export type ProgressRow = ProgressValues & {
  id: string;
  number: number;
  title: string;
  ownerName: string;
  deadline: string;
};

/** The cells' text of a task row as saved. */
export function progressValuesOf(task: {
  status: TaskStatusCode;
  completedOn: Date | null;
  completionShare: number;
  evidenceNote: string | null;
  evidenceUrl: string | null;
  version: number;
}): ProgressValues {
  return {
    status: task.status,
    completedOn: task.completedOn ? formatDate(task.completedOn) : "",
    completionPercent: task.status === "PARTIAL" ? percentInput(task.completionShare) : "",
    evidenceNote: task.evidenceNote ?? "",
    evidenceUrl: task.evidenceUrl ?? "",
    version: task.version,
  };
}

/**
 * The rows of the progress table: the filtered tasks whose progress the user may update (a
 * manager every task, a unit's leader their unit's), or none while the stage closes progress.
 */
export async function listProgressRows(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string; filters: TaskFilters; today: string },
) {
  const list = await listTasks(prisma, options);
  const rows: ProgressRow[] = list.year.progressOpen
    ? list.tasks
        .filter((task) => list.year.canManage || mayReportTaskProgressAsOwner(options.user, task))
        .map((task) => ({
          ...progressValuesOf(task),
          id: task.id,
          number: task.number,
          title: task.title,
          ownerName: task.ownerName,
          deadline: formatDate(task.deadline),
        }))
    : [];
  return { list, rows };
}
