import "server-only";
import type { AuditFieldOf } from "@/domain/audit";
import type { UpdateRegistrationInput } from "@/schemas/pledge/registration";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { authorizeRegistrationWrite } from "./registration-access";
import { checkLinkedTasks } from "./registration-tasks";

const FIELDS = ["kind", "content", "note", "outcome"] as const;

export async function updateRegistration(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: UpdateRegistrationInput,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.registration.findUnique({
      where: { id: input.registrationId },
      select: {
        id: true,
        blocYearId: true,
        unitId: true,
        kind: true,
        content: true,
        note: true,
        outcome: true,
        tasks: { select: { task: { select: { number: true } } } },
      },
    });
    if (!before) throw new ForbiddenError();
    await authorizeRegistrationWrite(tx, user, before);
    const taskNumbers = await checkLinkedTasks(tx, {
      blocYearId: before.blocYearId,
      unitId: before.unitId,
      taskIds: input.taskIds,
    });
    const { count } = await tx.registration.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        kind: input.kind,
        content: input.content,
        note: input.note,
        outcome: input.outcome,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new ConflictError(
        `Người khác vừa sửa đăng ký này (nội dung hiện tại: “${before.content}”). Nội dung bạn nhập vẫn còn trong ô; bấm Lưu lần nữa để ghi đè.`,
      );
    await tx.registrationTask.deleteMany({ where: { registrationId: before.id } });
    await tx.registrationTask.createMany({
      data: [...new Set(input.taskIds)].map((taskId) => ({ registrationId: before.id, taskId })),
    });
    type Value = string | number[] | null;
    const audit = (field: AuditFieldOf<"Registration">, oldValue: Value, newValue: Value) =>
      recordAudit(tx, {
        actorId: user.id,
        blocYearId: before.blocYearId,
        entity: "Registration",
        entityId: before.id,
        action: "update",
        field,
        oldValue: oldValue ?? undefined,
        newValue: newValue ?? undefined,
      });
    for (const field of FIELDS)
      if ((before[field] ?? null) !== (input[field] ?? null)) await audit(field, before[field], input[field]);
    const oldNumbers = before.tasks.map((link) => link.task.number).sort((a, b) => a - b);
    if (oldNumbers.join() !== taskNumbers.join()) await audit("taskNumbers", oldNumbers, taskNumbers);
    return { version: input.version + 1 };
  });
}
