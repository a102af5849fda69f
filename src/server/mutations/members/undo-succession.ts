import "server-only";
import type { UndoSuccessionInput } from "@/schemas/members/unit-change";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { findSuccessionYears, undoBlocker } from "@/server/queries/members/succession-dependants";
import { recordAudit } from "../record-audit";
import { assertStageAllows } from "../writable-bloc-year";
import { auditDay, authorizeMembersWrite, type YearContext } from "./write-context";

type Succession = {
  id: string;
  predecessorId: string;
  successorId: string;
  effectiveOn: Date;
  decisionRef: string | null;
};

const NOT_FOUND = "Không tìm thấy hợp nhất này trong khối (có thể đã được huỷ).";

/**
 * A merger recorded by mistake, undone: the years of this bloc that applied it get their members
 * back (predecessors stay, the successor's membership from that date goes), the predecessor's
 * name no longer ends on that date, and the record is deleted — audited with the reason given.
 * Refused once a published year rests on it, or when a year it changed no longer allows member
 * changes.
 */
export async function undoSuccession(prisma: AppPrismaClient, user: SessionUser, input: UndoSuccessionInput) {
  return prisma.$transaction(async (tx) => {
    const year = await authorizeMembersWrite(tx, user, { blocYearId: input.blocYearId, activity: "members" });
    const succession = await findInBloc(tx, year, input.successionId);
    const years = await findSuccessionYears(tx, succession);
    const blocker = undoBlocker(years);
    if (blocker) throw new UserFacingError(blocker);
    if (years.some((applied) => applied.blocId !== year.blocId))
      throw new UserFacingError("Không thể huỷ: hợp nhất này đã được áp dụng ở khối khác.");
    for (const applied of years) {
      assertStageAllows(applied.status, "members");
      await revertMemberships(tx, { actorId: user.id, blocYearId: applied.id, succession });
    }
    await tx.unitSuccession.delete({ where: { id: succession.id } });
    await reopenPredecessorName(tx, succession);
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: year.id,
      entity: "UnitSuccession",
      entityId: succession.id,
      action: "delete",
      reason: input.reason,
      oldValue: {
        predecessorId: succession.predecessorId,
        successorId: succession.successorId,
        effectiveOn: auditDay(succession.effectiveOn),
        decisionRef: succession.decisionRef ?? undefined,
      },
    });
    return { undone: succession.id };
  });
}

async function findInBloc(tx: AppTransaction, year: YearContext, successionId: string): Promise<Succession> {
  const inBloc = { memberships: { some: { blocYear: { blocId: year.blocId } } } };
  const succession = await tx.unitSuccession.findFirst({
    where: { id: successionId, OR: [{ predecessor: inBloc }, { successor: inBloc }] },
    select: { id: true, predecessorId: true, successorId: true, effectiveOn: true, decisionRef: true },
  });
  if (!succession) throw new UserFacingError(NOT_FOUND);
  return succession;
}

async function revertMemberships(
  tx: AppTransaction,
  options: { actorId: string; blocYearId: string; succession: Succession },
): Promise<void> {
  const { actorId, blocYearId, succession } = options;
  const left = await tx.membership.findMany({
    where: { blocYearId, unitId: succession.predecessorId, leftOn: succession.effectiveOn },
    select: { id: true },
  });
  for (const membership of left) {
    await tx.membership.update({
      where: { id: membership.id },
      data: { leftOn: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId,
      blocYearId,
      entity: "Membership",
      entityId: membership.id,
      action: "update",
      field: "leftOn",
      oldValue: auditDay(succession.effectiveOn),
    });
  }
  if (await stillSucceedsOthers(tx, { blocYearId, succession })) return;
  await removeSuccessorMembership(tx, options);
}

/** A successor that also took over other members that day stays a member through them. */
async function stillSucceedsOthers(
  tx: AppTransaction,
  options: { blocYearId: string; succession: Succession },
): Promise<boolean> {
  const { blocYearId, succession } = options;
  const others = await tx.unitSuccession.count({
    where: {
      id: { not: succession.id },
      successorId: succession.successorId,
      effectiveOn: succession.effectiveOn,
      predecessor: { memberships: { some: { blocYearId, leftOn: succession.effectiveOn } } },
    },
  });
  return others > 0;
}

async function removeSuccessorMembership(
  tx: AppTransaction,
  options: { actorId: string; blocYearId: string; succession: Succession },
): Promise<void> {
  const { actorId, blocYearId, succession } = options;
  const joined = await tx.membership.findFirst({
    where: { blocYearId, unitId: succession.successorId, joinedOn: succession.effectiveOn },
    select: { id: true },
  });
  if (!joined) return;
  const uses = [
    await tx.roleAssignment.count({ where: { blocYearId, unitId: succession.successorId } }),
    await tx.task.count({ where: { blocYearId, ownerUnitId: succession.successorId } }),
  ];
  if (uses.some((count) => count > 0))
    throw new UserFacingError(
      "Không thể huỷ: đơn vị kế thừa đã có vai trò hoặc nhiệm vụ trong năm. Hãy gỡ vai trò, nhiệm vụ của đơn vị đó trước.",
    );
  await tx.membership.delete({ where: { id: joined.id } });
  await recordAudit(tx, {
    actorId,
    blocYearId,
    entity: "Membership",
    entityId: joined.id,
    action: "delete",
    oldValue: { unitId: succession.successorId, joinedOn: auditDay(succession.effectiveOn) },
  });
}

/** The predecessor's name ended on the merger date; with no other succession then, it runs on. */
async function reopenPredecessorName(tx: AppTransaction, succession: Succession): Promise<void> {
  const { predecessorId: unitId, effectiveOn } = succession;
  const others = await tx.unitSuccession.count({ where: { predecessorId: unitId, effectiveOn } });
  const renamedThen = await tx.unitName.count({ where: { unitId, validFrom: effectiveOn } });
  if (others + renamedThen > 0) return;
  await tx.unitName.updateMany({
    where: { unitId, validTo: effectiveOn },
    data: { validTo: null },
  });
}
