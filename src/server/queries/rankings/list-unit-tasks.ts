import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";

/** The tasks a unit owns in a bloc-year, by number. Callers have authorised the unit. */
export function listUnitTasks(prisma: AppPrismaClient, where: { blocYearId: string; unitId: string }) {
  return prisma.task.findMany({
    where: { blocYearId: where.blocYearId, ownerUnitId: where.unitId },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      weight: true,
      isKey: true,
      deadline: true,
      status: true,
      completedOn: true,
      completionShare: true,
      criterionId: true,
    },
  });
}

export type UnitTask = Awaited<ReturnType<typeof listUnitTasks>>[number];
