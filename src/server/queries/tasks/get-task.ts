import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { mayReportTaskProgressAsOwner } from "@/server/authz";
import { getTaskYear } from "./task-year";
import { listYearMembers } from "@/server/queries/members/year-members";

const TASK_SELECT = {
  id: true,
  number: true,
  title: true,
  ownerUnitId: true,
  sourceDocumentId: true,
  criterionId: true,
  weight: true,
  isKey: true,
  deadline: true,
  status: true,
  completedOn: true,
  completionShare: true,
  evidenceNote: true,
  evidenceUrl: true,
  version: true,
  updatedAt: true,
  sourceDocument: { select: { code: true, title: true, issuedOn: true } },
  criterion: { select: { code: true, title: true } },
  evidenceFiles: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
} as const;

/** One task of a year the user may see, by its number, with what the user may change on it. */
export async function getTask(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string; number: number },
) {
  const year = await getTaskYear(prisma, options);
  const task = await prisma.task.findUnique({
    where: { blocYearId_number: { blocYearId: year.id, number: options.number } },
    select: TASK_SELECT,
  });
  if (!task) return null;
  const members = await listYearMembers(prisma, year.id);
  return {
    year,
    task: { ...task, ownerName: members.find((member) => member.unitId === task.ownerUnitId)?.name ?? "—" },
    canEditDefinition: year.canEdit,
    canDelete: year.canRemove,
    canUpdateProgress:
      year.progressOpen && (year.canManage || mayReportTaskProgressAsOwner(options.user, task)),
  };
}

/** A task's current values for a conflict message, or null when the user may not see it. */
export async function getTaskById(prisma: AppPrismaClient, options: { user: SessionUser; taskId: string }) {
  const row = await prisma.task.findUnique({
    where: { id: options.taskId },
    select: { blocYearId: true, number: true },
  });
  if (!row) return null;
  const found = await getTask(prisma, {
    user: options.user,
    blocYearId: row.blocYearId,
    number: row.number,
  }).catch(() => null);
  return found?.task ?? null;
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTask>>>;
export type TaskValues = TaskDetail["task"];
