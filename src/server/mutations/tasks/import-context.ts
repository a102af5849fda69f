import "server-only";
import { matchKey, type ImportContext } from "@/domain/tasks";
import type { AppTransaction } from "@/server/database/connect";
import { listYearMembers } from "@/server/queries/members/year-members";

/** What rows are checked against: the year's members (any name they bore, and the dates a task of theirs may be due), the province's documents, the year's titles. */
export async function loadImportContext(tx: AppTransaction, blocYearId: string) {
  const year = await tx.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { id: true, year: true, bloc: { select: { provinceId: true } } },
  });
  // One after another: a transaction's single connection cannot run queries in parallel.
  const members = await listYearMembers(tx, blocYearId);
  const sourceDocuments = await tx.sourceDocument.findMany({
    where: { provinceId: year.bloc.provinceId },
    select: { id: true, code: true },
  });
  const tasks = await tx.task.findMany({ where: { blocYearId }, select: { number: true, title: true } });
  const table = await tx.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: { criteria: { where: { kind: "TASK_DERIVED" }, select: { id: true } } },
  });
  const context: ImportContext = {
    year: year.year,
    members: members.map(({ unitId, joinedOn, leftOn, knownNames }) => ({
      unitId,
      joinedOn,
      leftOn,
      names: knownNames,
    })),
    sourceDocuments,
    existingTitles: new Map(tasks.map((task) => [matchKey(task.title), task.number])),
  };
  // Imported tasks feed the year's task-derived criterion when the table in force has exactly one.
  const criterionId = table?.criteria.length === 1 ? table.criteria[0]!.id : null;
  return { context, criterionId };
}
