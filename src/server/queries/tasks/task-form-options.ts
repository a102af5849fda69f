import "server-only";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { AppPrismaClient } from "@/server/database/connect";
import type { TaskYear } from "./task-year";
import { listYearMembers } from "./year-members";

/**
 * What the task form offers: the year's members, the province's source documents and the
 * task-derived criteria of the score table in force (the highest version). The default
 * criterion is the only task-derived one, when there is exactly one.
 */
export async function getTaskFormOptions(prisma: AppPrismaClient, year: TaskYear) {
  const [members, documents, table] = await Promise.all([
    listYearMembers(prisma, year.id),
    prisma.sourceDocument.findMany({
      where: { provinceId: year.provinceId },
      select: { id: true, code: true, title: true, issuedOn: true },
    }),
    prisma.scoreTable.findFirst({
      where: { blocYearId: year.id },
      orderBy: { version: "desc" },
      select: {
        criteria: {
          where: { kind: "TASK_DERIVED" },
          select: { id: true, code: true, title: true },
          orderBy: { position: "asc" },
        },
      },
    }),
  ]);
  const criteria = table?.criteria ?? [];
  return {
    members: members.map(({ unitId, name }) => ({ unitId, name })),
    sourceDocuments: documents.sort((a, b) => compareVietnamese(a.code, b.code)),
    criteria,
    defaultCriterionId: criteria.length === 1 ? criteria[0]!.id : null,
  };
}

export type TaskFormOptions = Awaited<ReturnType<typeof getTaskFormOptions>>;
