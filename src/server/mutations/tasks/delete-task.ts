import "server-only";
import type { DeleteTaskInput } from "@/schemas/tasks/delete-task";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeTaskWrite } from "./authorize-task-write";
import { definitionValues, progressValues } from "./task-audit-values";

/**
 * A manager deletes a task while the year's stage allows it (before scoring starts: afterwards a
 * task may already count in a score sheet). The whole task is kept in the audit log; its links to
 * registrations go with it. Its number is not reused by later tasks unless it was the last one.
 */
export async function deleteTask(prisma: AppPrismaClient, user: SessionUser, input: DeleteTaskInput) {
  return prisma.$transaction(async (tx) => {
    const task = await authorizeTaskWrite(tx, { user, taskId: input.taskId, write: "remove" });
    const row = await tx.task.findUniqueOrThrow({
      where: { id: task.id },
      select: {
        number: true,
        title: true,
        ownerUnitId: true,
        sourceDocumentId: true,
        weight: true,
        isKey: true,
        deadline: true,
        criterionId: true,
        status: true,
        completedOn: true,
        completionShare: true,
        evidenceNote: true,
        evidenceUrl: true,
        blocYear: { select: { blocId: true, year: true } },
      },
    });
    const { count } = await tx.task.deleteMany({ where: { id: task.id, version: input.version } });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: task.blocYearId,
      entity: "Task",
      entityId: task.id,
      subject: task.subject,
      action: "delete",
      oldValue: { number: row.number, ...definitionValues(row), ...progressValues(row) },
    });
    return { blocId: row.blocYear.blocId, year: row.blocYear.year, number: row.number };
  });
}
