import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { alreadyRecordedMessage, RECORDED_SUCCESSION } from "./already-recorded";
import { auditDay } from "./write-context";

export type Succession = {
  predecessorId: string;
  successorId: string;
  effectiveOn: Date;
  decisionRef: string | null;
};

/**
 * One predecessor merged into its successor from a date: the succession row, and the
 * predecessor's name stops there (past years keep it). Shared by a bloc's members tab and the
 * province administration; the caller has authorised both units.
 */
export async function recordSuccession(
  tx: AppTransaction,
  options: { actorId: string; blocYearId?: string; succession: Succession },
): Promise<void> {
  const { predecessorId, successorId, effectiveOn, decisionRef } = options.succession;
  const existing = await tx.unitSuccession.findUnique({
    where: { predecessorId_successorId: { predecessorId, successorId } },
    select: RECORDED_SUCCESSION,
  });
  if (existing) throw new UserFacingError(alreadyRecordedMessage(existing));
  const succession = await tx.unitSuccession.create({
    data: { predecessorId, successorId, effectiveOn, decisionRef },
    select: { id: true },
  });
  // The predecessor's name stops where the successor takes over; an earlier-ending name stays.
  await tx.unitName.updateMany({
    where: { unitId: predecessorId, validTo: null, validFrom: { lt: effectiveOn } },
    data: { validTo: effectiveOn },
  });
  await recordAudit(tx, {
    actorId: options.actorId,
    blocYearId: options.blocYearId,
    entity: "UnitSuccession",
    entityId: succession.id,
    action: "create",
    newValue: {
      predecessorId,
      successorId,
      effectiveOn: auditDay(effectiveOn),
      decisionRef: decisionRef ?? undefined,
    },
  });
}
