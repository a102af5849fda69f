import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

/** A target links only to tasks its own unit owns in the same year; returns their numbers. */
export async function checkLinkedTasks(
  tx: AppTransaction,
  options: { blocYearId: string; unitId: string; taskIds: readonly string[] },
): Promise<number[]> {
  const ids = [...new Set(options.taskIds)];
  if (ids.length === 0) return [];
  const tasks = await tx.task.findMany({
    where: { id: { in: ids }, blocYearId: options.blocYearId, ownerUnitId: options.unitId },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  if (tasks.length !== ids.length)
    throw new UserFacingError("Chỉ gắn được nhiệm vụ của chính đơn vị trong năm này.");
  return tasks.map((task) => task.number);
}
