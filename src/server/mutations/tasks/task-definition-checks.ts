import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { canOwnTaskDueOn, outsideMembershipMessage } from "@/domain/membership";
import { FieldProblemsError } from "@/server/errors";
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
  const problems: Record<string, string[]> = {};
  const refuse = (field: keyof Definition, message: string) => {
    problems[field] = [message];
  };
  const inYear = definition.deadline.startsWith(`${year.year}-`);
  if (!inYear) refuse("deadline", `Hạn hoàn thành phải trong năm ${year.year}.`);
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
  if (!membership) refuse("ownerUnitId", "Đơn vị chủ trì phải là thành viên của khối trong năm này.");
  else if (inYear && !canOwnTaskDueOn(spanOf(membership), definition.deadline))
    refuse("ownerUnitId", outsideMembershipMessage(spanOf(membership), definition.deadline));
  if (criterion === 0) refuse("criterionId", "Tiêu chí tính điểm không thuộc bảng điểm của năm này.");
  if (Object.keys(problems).length > 0) throw new FieldProblemsError(problems);
}
