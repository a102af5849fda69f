import "server-only";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

export type CriterionUsage = { tasks: Map<string, number>; lines: Map<string, number> };

/** How many tasks and score lines point at each criterion of a table. */
export async function criterionUsage(
  prisma: AppPrismaClient | AppTransaction,
  scoreTableId: string,
): Promise<CriterionUsage> {
  const [tasks, lines] = await Promise.all([
    prisma.task.groupBy({
      by: ["criterionId"],
      where: { criterion: { scoreTableId } },
      _count: { _all: true },
    }),
    prisma.scoreLine.groupBy({
      by: ["criterionId"],
      where: { criterion: { scoreTableId } },
      _count: { _all: true },
    }),
  ]);
  return {
    tasks: new Map(
      tasks.flatMap((row) => (row.criterionId ? [[row.criterionId, row._count._all] as const] : [])),
    ),
    lines: new Map(lines.map((row) => [row.criterionId, row._count._all])),
  };
}

export function isInUse(usage: CriterionUsage): boolean {
  return usage.tasks.size > 0 || usage.lines.size > 0;
}
