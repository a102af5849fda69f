import "server-only";
import type { DeleteRegistrationInput } from "@/schemas/pledge/registration";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { authorizeRegistrationWrite } from "./registration-access";

export async function deleteRegistration(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: DeleteRegistrationInput,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.registration.findUnique({
      where: { id: input.registrationId },
      select: { id: true, blocYearId: true, unitId: true, kind: true, content: true },
    });
    if (!before) throw new ForbiddenError();
    await authorizeRegistrationWrite(tx, user, before);
    const { count } = await tx.registration.deleteMany({ where: { id: before.id, version: input.version } });
    if (count === 0)
      throw new ConflictError(
        "Người khác vừa sửa đăng ký này. Tải lại trang để xem nội dung mới trước khi xóa.",
      );
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: before.blocYearId,
      entity: "Registration",
      entityId: before.id,
      action: "delete",
      oldValue: { unitId: before.unitId, kind: before.kind, content: before.content },
    });
    return { deleted: true };
  });
}
