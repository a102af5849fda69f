import "server-only";
import { ROTATION_RULE_LABEL } from "@/domain/vocabulary";
import type { RotationRule } from "@/generated/prisma/enums";
import type { SetRotationRuleInput } from "@/schemas/members/rotation-rule";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocManagement } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { recordAudit } from "../record-audit";

/**
 * Changes the rotation rule of the bloc the given year belongs to. The rule is the bloc's, not
 * the year's, so a published year does not stop it: it only shapes suggestions made from now on.
 * The audit event is filed under the year the change was made from, whose log shows it.
 */
export async function setRotationRule(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SetRotationRuleInput,
) {
  return prisma.$transaction(async (tx) => {
    const year = await tx.blocYear.findUnique({
      where: { id: input.blocYearId },
      select: { id: true, blocId: true },
    });
    if (!year) throw new ForbiddenError();
    const bloc = await authorizeBlocManagement(tx, { user, blocId: year.blocId });
    const before = await tx.bloc.findUniqueOrThrow({
      where: { id: bloc.id },
      select: { rotationRule: true, version: true },
    });
    if (before.version !== input.version) throw conflict(before.rotationRule);
    // The version guard again: a change committed since the read above makes this update miss.
    const { count } = await tx.bloc.updateMany({
      where: { id: bloc.id, version: input.version },
      data: { rotationRule: input.rotationRule, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await tx.bloc.findUniqueOrThrow({ where: { id: bloc.id }, select: { rotationRule: true } });
      throw conflict(now.rotationRule);
    }
    if (before.rotationRule !== input.rotationRule) {
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: year.id,
        entity: "Bloc",
        entityId: bloc.id,
        action: "update",
        field: "rotationRule",
        oldValue: before.rotationRule,
        newValue: input.rotationRule,
      });
    }
    return { version: input.version + 1 };
  });
}

function conflict(current: RotationRule): ConflictError {
  return new ConflictError(
    `Người khác vừa đổi quy tắc luân phiên của khối (hiện: ${ROTATION_RULE_LABEL[current]}). Hãy tải lại trang rồi chọn lại nếu vẫn muốn đổi.`,
  );
}
