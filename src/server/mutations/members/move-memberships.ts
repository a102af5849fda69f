import "server-only";
import type { MergeUnitsInput } from "@/schemas/members/unit-change";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "../record-audit";
import { auditDay, type YearContext } from "./write-context";

/** After a merger within the year: the predecessors leave on the merger date, the successor joins on it. */
export async function moveMembershipsToSuccessor(
  tx: AppTransaction,
  options: { actorId: string; year: YearContext; input: MergeUnitsInput; successorId: string },
): Promise<void> {
  const { actorId, year, input, successorId } = options;
  const effectiveOn = auditDay(input.effectiveOn);
  if (input.endMemberships) {
    const leaving = await tx.membership.findMany({
      where: { blocYearId: year.id, unitId: { in: input.predecessorIds }, leftOn: null },
      select: { id: true },
    });
    for (const membership of leaving) {
      await tx.membership.update({
        where: { id: membership.id },
        data: { leftOn: input.effectiveOn, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actorId,
        blocYearId: year.id,
        entity: "Membership",
        entityId: membership.id,
        action: "update",
        field: "leftOn",
        newValue: effectiveOn,
      });
    }
  }
  if (!input.addSuccessor) return;
  const already = await tx.membership.count({ where: { blocYearId: year.id, unitId: successorId } });
  if (already > 0) return;
  const joined = await tx.membership.create({
    data: { blocYearId: year.id, unitId: successorId, joinedOn: input.effectiveOn },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    blocYearId: year.id,
    entity: "Membership",
    entityId: joined.id,
    action: "create",
    newValue: { unitId: successorId, joinedOn: effectiveOn },
  });
}
