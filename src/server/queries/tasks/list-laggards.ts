import "server-only";
import { toIsoDay } from "@/domain/calendar";
import { asOfForYear, lateness, type Lateness } from "@/domain/tasks";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { getTaskYear } from "./task-year";
import { listYearMembers } from "@/server/queries/members/year-members";

/**
 * Nhiệm vụ chậm tiến độ: per member, the open tasks past their deadline and those due within
 * 14 days, as of today (or the year's last day once the year is over), sorted by deadline.
 * Members with nothing late are left out; members keep the Vietnamese order.
 */
export async function listLaggards(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string; today: string },
) {
  const year = await getTaskYear(prisma, options);
  const asOf = asOfForYear(year.year, options.today);
  const [tasks, members] = await Promise.all([
    prisma.task.findMany({
      where: { blocYearId: year.id, status: { in: ["NOT_STARTED", "IN_PROGRESS"] } },
      select: {
        id: true,
        number: true,
        title: true,
        ownerUnitId: true,
        deadline: true,
        status: true,
        completionShare: true,
      },
      orderBy: [{ deadline: "asc" }, { number: "asc" }],
    }),
    listYearMembers(prisma, year.id),
  ]);
  const late = tasks.flatMap((task) => {
    const kind = lateness({ status: task.status, deadline: toIsoDay(task.deadline) }, asOf);
    return kind ? [{ ...task, lateness: kind as Lateness }] : [];
  });
  const groups = members
    .map((member) => ({
      unitId: member.unitId,
      name: member.name,
      tasks: late.filter((task) => task.ownerUnitId === member.unitId),
    }))
    .filter((group) => group.tasks.length > 0);
  return {
    year,
    asOf,
    groups,
    overdueCount: late.filter((task) => task.lateness === "overdue").length,
    dueSoonCount: late.filter((task) => task.lateness === "dueSoon").length,
  };
}

export type LaggardList = Awaited<ReturnType<typeof listLaggards>>;
