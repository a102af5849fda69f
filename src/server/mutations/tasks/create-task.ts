import "server-only";
import { fromIsoDay } from "@/domain/calendar";
import type { CreateTaskInput } from "@/schemas/tasks/create-task";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { resolveSourceDocument } from "./source-document";
import { taskSubject } from "./authorize-task-write";
import { definitionValues } from "./task-audit-values";
import { checkTaskDefinition } from "./task-definition-checks";
import { reserveTaskNumbers } from "./task-numbers";

/** A manager adds a task to a bloc-year; it takes the next free number. */
export async function createTask(prisma: AppPrismaClient, user: SessionUser, input: CreateTaskInput) {
  return prisma.$transaction(async (tx) => {
    const authorised = await authorizeYearWrite(tx, {
      user,
      blocYearId: input.blocYearId,
      activity: "tasks",
    });
    const year = await tx.blocYear.findUniqueOrThrow({
      where: { id: authorised.id },
      select: { id: true, year: true, blocId: true, bloc: { select: { provinceId: true } } },
    });
    await checkTaskDefinition(tx, year, input);
    const sourceDocumentId = await resolveSourceDocument(tx, input, {
      provinceId: year.bloc.provinceId,
      blocYearId: year.id,
      actorId: user.id,
    });
    const number = await reserveTaskNumbers(tx, year.id);
    const task = await tx.task.create({
      data: {
        blocYearId: year.id,
        number,
        title: input.title,
        ownerUnitId: input.ownerUnitId,
        sourceDocumentId,
        criterionId: input.criterionId,
        weight: input.weight,
        isKey: input.isKey,
        deadline: fromIsoDay(input.deadline),
      },
      select: {
        id: true,
        number: true,
        title: true,
        ownerUnitId: true,
        sourceDocumentId: true,
        weight: true,
        isKey: true,
        deadline: true,
        criterionId: true,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: year.id,
      entity: "Task",
      entityId: task.id,
      subject: taskSubject(number),
      action: "create",
      newValue: { number, ...definitionValues(task) },
    });
    return { id: task.id, number: task.number, blocId: year.blocId, year: year.year };
  });
}
