import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { canOwnTaskDueOn, outsideMembershipMessage } from "@/domain/membership";
import { UserFacingError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";

type Definition = { ownerUnitId: string; criterionId: string | null; deadline: string };

/**
 * The parts of a task that must belong to its own bloc-year: the owner is a member of the year,
 * and still is on the deadline (a unit that merged away or joins later cannot be given it), the
 * criterion is a task-derived one of the year's score tables, the deadline falls in the year.
 */
export async function checkTaskDefinition(
  tx: AppTransaction,
  year: { id: string; year: number },
  definition: Definition,
): Promise<void> {
  if (!definition.deadline.startsWith(`${year.year}-`))
    throw new UserFacingError(`Hạn hoàn thành phải trong năm ${year.year}.`);
  // One after another: a transaction's single connection cannot run queries in parallel.
  const membership = await tx.membership.findUnique({
    where: { blocYearId_unitId: { blocYearId: year.id, unitId: definition.ownerUnitId } },
    select: { unitId: true, joinedOn: true, leftOn: true },
  });
  const criterion = definition.criterionId
    ? await tx.criterion.count({
        where: { id: definition.criterionId, kind: "TASK_DERIVED", scoreTable: { blocYearId: year.id } },
      })
    : 1;
  if (!membership) throw new UserFacingError("Đơn vị chủ trì phải là thành viên của khối trong năm này.");
  const span = spanOf(membership);
  if (!canOwnTaskDueOn(span, definition.deadline))
    throw new UserFacingError(outsideMembershipMessage(span, definition.deadline));
  if (criterion === 0) throw new UserFacingError("Tiêu chí tính điểm không thuộc bảng điểm của năm này.");
}
