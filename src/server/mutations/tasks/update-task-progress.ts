import "server-only";
import { fromIsoDay, todayInVietnam } from "@/domain/calendar";
import { progressProblems, storedShare } from "@/domain/tasks";
import type { UpdateTaskProgressInput } from "@/schemas/tasks/update-task-progress";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeTaskWrite } from "./authorize-task-write";
import { changedFields, progressValues } from "./task-audit-values";

/** Status, completion and evidence of a task: managers, or the leader of the owner unit. */
export async function updateTaskProgress(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: UpdateTaskProgressInput,
) {
  return prisma.$transaction(async (tx) => {
    const task = await authorizeTaskWrite(tx, { user, taskId: input.taskId, write: "progress" });
    const entry = {
      status: input.status,
      completedOn: input.completedOn,
      completionShare: input.completionPercent,
    };
    const problems = progressProblems(entry, { today: todayInVietnam(), year: task.year });
    if (problems.length > 0) throw new UserFacingError(problems.map((problem) => problem.message).join(" "));
    const before = await tx.task.findUniqueOrThrow({
      where: { id: task.id },
      select: {
        status: true,
        completedOn: true,
        completionShare: true,
        evidenceNote: true,
        evidenceUrl: true,
      },
    });
    const data = {
      status: input.status,
      completedOn: input.completedOn ? fromIsoDay(input.completedOn) : null,
      completionShare: storedShare(entry),
      evidenceNote: input.evidenceNote,
      evidenceUrl: input.evidenceUrl,
    };
    const { count } = await tx.task.updateMany({
      where: { id: task.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    for (const change of changedFields(progressValues(before), progressValues(data))) {
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: task.blocYearId,
        entity: "Task",
        entityId: task.id,
        subject: task.subject,
        action: "update-progress",
        ...change,
      });
    }
    return { id: task.id, version: input.version + 1 };
  });
}
