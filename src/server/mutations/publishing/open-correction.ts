import "server-only";
import { checkStageMove } from "@/domain/year-stages";
import type { OpenCorrectionInput } from "@/schemas/publishing/publishing";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { lockYearExclusively } from "@/server/mutations/writable-bloc-year";
import { assertVersion } from "./lock-year";

/**
 * Reopens a published year for a correction, with a mandatory reason: writes are allowed again,
 * the published snapshots stay as they are until the correction is published as a new one.
 */
export async function openCorrection(prisma: AppPrismaClient, user: SessionUser, input: OpenCorrectionInput) {
  return prisma.$transaction(async (tx) => {
    const locked = await lockYearExclusively(tx, { user, blocYearId: input.blocYearId });
    if (locked.status === "CORRECTING")
      throw new UserFacingError(
        "Năm này đang được đính chính; hãy công bố bản đính chính trước khi mở một bản khác.",
      );
    if (
      !checkStageMove({ from: locked.status, to: "CORRECTING", route: "publishing", reason: input.reason }).ok
    )
      throw new UserFacingError("Chỉ mở đính chính được cho năm đã công bố kết quả.");
    assertVersion(locked, input.version);
    await tx.blocYear.update({
      where: { id: locked.id },
      data: { status: "CORRECTING", correctionReason: input.reason, version: { increment: 1 } },
    });
    const audit = {
      actorId: user.id,
      blocYearId: locked.id,
      entity: "BlocYear",
      entityId: locked.id,
      action: "reopen",
      reason: input.reason,
    } as const;
    await recordAudit(tx, { ...audit, field: "status", oldValue: locked.status, newValue: "CORRECTING" });
    await recordAudit(tx, { ...audit, field: "correctionReason", newValue: input.reason });
    return { version: locked.version + 1, status: "CORRECTING" as const };
  });
}
