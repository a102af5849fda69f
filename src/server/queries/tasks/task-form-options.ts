import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { dayOfYear, wasMemberDuring, yearPeriod } from "@/domain/membership";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { AppPrismaClient } from "@/server/database/connect";
import type { TaskYear } from "./task-year";
import { listYearMembers } from "@/server/queries/members/year-members";

/**
 * What the task form offers: the year's memberships with their dates (the form lists the units
 * that are members on the deadline entered, else on `ownerDay`, today within the year), the province's source documents and the
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
  const ownerDay = dayOfYear(year.year, todayInVietnam());
  // The Excel template is filled in for the rest of the year: it lists every unit that can still
  // be given a task due between today and 31/12; the import checks each row's deadline.
  const stillOwners = { start: ownerDay, end: yearPeriod(year.year).end };
  return {
    members: members.map(({ unitId, name, joinedOn, leftOn }) => ({ unitId, name, joinedOn, leftOn })),
    ownerDay,
    templateMembers: members
      .filter((member) => wasMemberDuring(member, stillOwners))
      .map(({ name, shortName, joinedOn, leftOn }) => ({ name, shortName, joinedOn, leftOn })),
    sourceDocuments: documents.sort((a, b) => compareVietnamese(a.code, b.code)),
    criteria,
    defaultCriterionId: criteria.length === 1 ? criteria[0]!.id : null,
  };
}

export type TaskFormOptions = Awaited<ReturnType<typeof getTaskFormOptions>>;
