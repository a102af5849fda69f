import "server-only";
import { checkStageMove } from "@/domain/year-stages";
import type { MoveYearStageInput } from "@/schemas/year-stages/move-year-stage";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { StageRefusedError } from "@/server/errors";
import { assertVersion } from "@/server/mutations/publishing/lock-year";
import { recordAudit } from "@/server/mutations/record-audit";
import { lockYearExclusively } from "@/server/mutations/writable-bloc-year";
import { assertScaleAgrees } from "./scale-agreement";

/**
 * Moves a bloc-year to the next stage, or back one with a reason, as the year's overview offers
 * (publishing and corrections have their own mutations). The exclusive lock waits for writes in
 * flight, so none lands under the stage it was not checked against.
 */
export async function moveYearStage(prisma: AppPrismaClient, user: SessionUser, input: MoveYearStageInput) {
  return prisma.$transaction(async (tx) => {
    const locked = await lockYearExclusively(tx, { user, blocYearId: input.blocYearId });
    assertVersion(locked, input.version);
    const check = checkStageMove({
      from: locked.status,
      to: input.to,
      route: "overview",
      reason: input.reason,
    });
    if (!check.ok) throw new StageRefusedError(check.message);
    if (input.to === "SCORING" && check.move.direction === "forward") await assertScaleAgrees(tx, locked.id);
    await tx.blocYear.update({
      where: { id: locked.id },
      data: { status: input.to, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: locked.id,
      entity: "BlocYear",
      entityId: locked.id,
      action: check.move.direction === "back" ? "stageBack" : "stageForward",
      field: "status",
      oldValue: locked.status,
      newValue: input.to,
      reason: input.reason,
    });
    return { status: input.to, version: locked.version + 1 };
  });
}
