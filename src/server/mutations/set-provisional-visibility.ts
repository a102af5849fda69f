import "server-only";
import type { SetProvisionalVisibilityInput } from "@/schemas/provisional-visibility";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "./record-audit";
import { authorizeYearRewrite } from "./writable-bloc-year";

/** Whether members may see each other's provisional scores before publication. */
export async function setProvisionalVisibility(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SetProvisionalVisibilityInput,
) {
  return prisma.$transaction(async (tx) => {
    const blocYear = await authorizeYearRewrite(tx, {
      user,
      blocYearId: input.blocYearId,
      activity: "settings",
    });
    const before = await tx.blocYear.findUniqueOrThrow({
      where: { id: blocYear.id },
      select: { membersSeeProvisional: true },
    });
    const { count } = await tx.blocYear.updateMany({
      where: { id: blocYear.id, version: input.version },
      data: { membersSeeProvisional: input.visible, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "BlocYear",
      entityId: blocYear.id,
      action: "update",
      field: "membersSeeProvisional",
      oldValue: before.membersSeeProvisional,
      newValue: input.visible,
    });
    return { version: input.version + 1, visible: input.visible };
  });
}
