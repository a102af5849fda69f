import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";

/** Every version of a year's score table, newest first; the first is the one in force. */
export async function listScoreTableVersions(prisma: AppPrismaClient, blocYearId: string) {
  return prisma.scoreTable.findMany({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      title: true,
      maxPoints: true,
      createdAt: true,
      _count: { select: { criteria: true } },
    },
  });
}

export type ScoreTableVersionSummary = Awaited<ReturnType<typeof listScoreTableVersions>>[number];
