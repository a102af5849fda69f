import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

type Definition = { ownerUnitId: string; criterionId: string | null; deadline: string };

/**
 * The parts of a task that must belong to its own bloc-year: the owner is a member of the year,
 * the criterion is a task-derived one of the year's score tables, the deadline falls in the year.
 */
export async function checkTaskDefinition(
  tx: AppTransaction,
  year: { id: string; year: number },
  definition: Definition,
): Promise<void> {
  if (!definition.deadline.startsWith(`${year.year}-`))
    throw new UserFacingError(`Hạn hoàn thành phải trong năm ${year.year}.`);
  const [member, criterion] = await Promise.all([
    tx.membership.count({ where: { blocYearId: year.id, unitId: definition.ownerUnitId } }),
    definition.criterionId
      ? tx.criterion.count({
          where: { id: definition.criterionId, kind: "TASK_DERIVED", scoreTable: { blocYearId: year.id } },
        })
      : Promise.resolve(1),
  ]);
  if (member === 0) throw new UserFacingError("Đơn vị chủ trì phải là thành viên của khối trong năm này.");
  if (criterion === 0) throw new UserFacingError("Tiêu chí tính điểm không thuộc bảng điểm của năm này.");
}
