import "server-only";
import { formatDate } from "@/domain/calendar";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

/**
 * Refuses a change dated on or after the day the agency stopped existing on its own: merged into
 * a successor, or deactivated. A name or a deactivation from then on would describe nothing.
 */
export async function assertNotEndedBy(
  tx: AppTransaction,
  unit: { id: string; deactivatedOn: Date | null },
  day: Date,
): Promise<void> {
  if (unit.deactivatedOn && unit.deactivatedOn <= day)
    throw new UserFacingError(`Đơn vị đã ngừng hoạt động từ ngày ${formatDate(unit.deactivatedOn)}.`);
  const merged = await tx.unitSuccession.findFirst({
    where: { predecessorId: unit.id, effectiveOn: { lte: day } },
    orderBy: { effectiveOn: "asc" },
    select: { effectiveOn: true },
  });
  if (merged)
    throw new UserFacingError(
      `Đơn vị đã được hợp nhất từ ngày ${formatDate(merged.effectiveOn)}, nên không thể ghi nhận thay đổi từ ngày ${formatDate(day)}.`,
    );
}
