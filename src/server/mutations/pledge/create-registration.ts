import "server-only";
import type { CreateRegistrationInput } from "@/schemas/pledge/registration";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { recordAudit } from "../record-audit";
import { authorizeRegistrationWrite } from "./registration-access";
import { checkLinkedTasks } from "./registration-tasks";

export async function createRegistration(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CreateRegistrationInput,
) {
  return prisma.$transaction(async (tx) => {
    await authorizeRegistrationWrite(tx, user, input);
    const taskNumbers = await checkLinkedTasks(tx, input);
    const created = await tx.registration.create({
      data: {
        blocYearId: input.blocYearId,
        unitId: input.unitId,
        kind: input.kind,
        content: input.content,
        note: input.note,
        outcome: input.outcome,
        tasks: { createMany: { data: [...new Set(input.taskIds)].map((taskId) => ({ taskId })) } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: input.blocYearId,
      entity: "Registration",
      entityId: created.id,
      action: "create",
      newValue: {
        unitId: input.unitId,
        kind: input.kind,
        content: input.content,
        note: input.note,
        outcome: input.outcome,
        taskNumbers,
      },
    });
    return { registrationId: created.id };
  });
}
