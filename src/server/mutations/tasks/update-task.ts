import "server-only";
import { fromIsoDay } from "@/domain/calendar";
import type { UpdateTaskInput } from "@/schemas/tasks/update-task";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeTaskWrite } from "./authorize-task-write";
import { resolveSourceDocument } from "./source-document";
import { changedFields, definitionValues } from "./task-audit-values";
import { checkTaskDefinition } from "./task-definition-checks";

const DEFINITION = {
  title: true,
  ownerUnitId: true,
  sourceDocumentId: true,
  weight: true,
  isKey: true,
  deadline: true,
  criterionId: true,
  version: true,
} as const;

/** A manager edits what a task is (not its progress): version-checked, one audit event per changed field. */
export async function updateTask(prisma: AppPrismaClient, user: SessionUser, input: UpdateTaskInput) {
  return prisma.$transaction(async (tx) => {
    const task = await authorizeTaskWrite(tx, { user, taskId: input.taskId, write: "define" });
    const year = await tx.blocYear.findUniqueOrThrow({
      where: { id: task.blocYearId },
      select: { id: true, year: true, bloc: { select: { provinceId: true } } },
    });
    await checkTaskDefinition(tx, year, input);
    const before = await tx.task.findUniqueOrThrow({ where: { id: task.id }, select: DEFINITION });
    if (before.version !== input.version) throw new ConflictError();
    const sourceDocumentId = await resolveSourceDocument(tx, input, {
      provinceId: year.bloc.provinceId,
      blocYearId: year.id,
      actorId: user.id,
    });
    const data = {
      title: input.title,
      ownerUnitId: input.ownerUnitId,
      sourceDocumentId,
      weight: input.weight,
      isKey: input.isKey,
      deadline: fromIsoDay(input.deadline),
      criterionId: input.criterionId,
    };
    const changes = changedFields(definitionValues(before), definitionValues(data));
    if (changes.length === 0) return { id: task.id, version: before.version };
    const { count } = await tx.task.updateMany({
      where: { id: task.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    for (const change of changes) {
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: year.id,
        entity: "Task",
        entityId: task.id,
        subject: task.subject,
        action: "update",
        ...change,
      });
    }
    return { id: task.id, version: input.version + 1 };
  });
}
