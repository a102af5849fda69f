import "server-only";
import { toIsoDay } from "@/domain/calendar";
import { isOverdue } from "@/domain/tasks";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { TaskStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import type { TaskFilters, TaskSort } from "@/schemas/tasks/task-filters";
import { getTaskYear } from "./task-year";
import { listYearMembers } from "@/server/queries/members/year-members";
import { yearEndMembers } from "@/domain/membership";

function loadTaskRows(prisma: AppPrismaClient, blocYearId: string) {
  return prisma.task.findMany({
    where: { blocYearId },
    select: {
      id: true,
      number: true,
      title: true,
      ownerUnitId: true,
      weight: true,
      isKey: true,
      deadline: true,
      status: true,
      completedOn: true,
      completionShare: true,
      evidenceNote: true,
      evidenceUrl: true,
      version: true,
      sourceDocument: { select: { id: true, code: true, title: true } },
    },
  });
}

type LoadedTask = Awaited<ReturnType<typeof loadTaskRows>>[number];
export type TaskListRow = LoadedTask & { ownerName: string; overdue: boolean };

const COMPARE: Record<TaskSort, (a: TaskListRow, b: TaskListRow) => number> = {
  so: (a, b) => a.number - b.number,
  "don-vi": (a, b) => compareVietnamese(a.ownerName, b.ownerName) || a.number - b.number,
  han: (a, b) => a.deadline.getTime() - b.deadline.getTime() || a.number - b.number,
};

function matches(task: TaskListRow, filters: TaskFilters): boolean {
  if (filters.unitId && task.ownerUnitId !== filters.unitId) return false;
  if (filters.status && task.status !== filters.status) return false;
  if (filters.sourceDocumentId === "khong" && task.sourceDocument) return false;
  if (
    filters.sourceDocumentId &&
    filters.sourceDocumentId !== "khong" &&
    task.sourceDocument?.id !== filters.sourceDocumentId
  )
    return false;
  return !filters.overdueOnly || task.overdue;
}

/** The year's tasks as the list shows them (filtered, sorted), with counts over the whole year. */
export async function listTasks(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string; filters: TaskFilters; today: string },
) {
  const year = await getTaskYear(prisma, options);
  const [rows, members] = await Promise.all([
    loadTaskRows(prisma, year.id),
    listYearMembers(prisma, year.id),
  ]);
  const names = new Map(members.map((member) => [member.unitId, member.name]));
  const closing = new Set(yearEndMembers(members, year.year).map((member) => member.unitId));
  const all = rows.map((task) => ({
    ...task,
    ownerName: names.get(task.ownerUnitId) ?? "—",
    overdue: isOverdue({ status: task.status, deadline: toIsoDay(task.deadline) }, options.today),
  }));
  const statusCounts: Partial<Record<TaskStatus, number>> = {};
  for (const task of all) statusCounts[task.status] = (statusCounts[task.status] ?? 0) + 1;
  const documents = new Map(
    all.flatMap((task) =>
      task.sourceDocument ? [[task.sourceDocument.id, task.sourceDocument] as const] : [],
    ),
  );
  return {
    year,
    tasks: all.filter((task) => matches(task, options.filters)).sort(COMPARE[options.filters.sort]),
    total: all.length,
    overdueCount: all.filter((task) => task.overdue).length,
    statusCounts,
    // The owner filter: the units that closed the year, and a unit that left only for its own tasks.
    members: members
      .filter(
        (member) => closing.has(member.unitId) || rows.some((task) => task.ownerUnitId === member.unitId),
      )
      .map(({ unitId, name }) => ({ unitId, name })),
    sourceDocuments: [...documents.values()].sort((a, b) => compareVietnamese(a.code, b.code)),
  };
}

export type TaskList = Awaited<ReturnType<typeof listTasks>>;
