import "server-only";
import type { SetSecretariatFollowsHeadUnitInput } from "@/schemas/members/rotation-rule";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocManagement } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { recordAudit } from "../record-audit";

/**
 * Lets the bloc's secretariat follow the head unit (docs/domain.md, "Change over time"): when
 * on, the head unit's designated staff (grant "Thư ký tại đơn vị trưởng khối") manage each year
 * their unit heads. A bloc setting like the rotation rule, changed by the province admin or the
 * bloc's secretariat, audited under the year it was changed from.
 */
export async function setSecretariatFollowsHeadUnit(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SetSecretariatFollowsHeadUnitInput,
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
      select: { secretariatFollowsHeadUnit: true },
    });
    const { count } = await tx.bloc.updateMany({
      where: { id: bloc.id, version: input.version },
      data: { secretariatFollowsHeadUnit: input.follows, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    if (before.secretariatFollowsHeadUnit !== input.follows) {
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: year.id,
        entity: "Bloc",
        entityId: bloc.id,
        action: "update",
        field: "secretariatFollowsHeadUnit",
        oldValue: before.secretariatFollowsHeadUnit,
        newValue: input.follows,
      });
    }
    return { version: input.version + 1 };
  });
}
