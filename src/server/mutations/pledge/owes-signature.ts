import "server-only";
import { formatDate, toIsoDay } from "@/domain/calendar";
import { owingPledge } from "@/domain/membership";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";

/**
 * Refuses a signature from a unit that does not owe the pledge one (owingPledge): not a member on
 * its signing day, or, while it is undated, not a member at the year's end. The signature sheet
 * has no row for it.
 */
export async function assertOwesSignature(
  tx: AppTransaction,
  options: { blocYearId: string; unitId: string; pledge: { signedOn: Date | null } },
): Promise<void> {
  const membership = await tx.membership.findUniqueOrThrow({
    where: { blocYearId_unitId: { blocYearId: options.blocYearId, unitId: options.unitId } },
    select: { unitId: true, joinedOn: true, leftOn: true, blocYear: { select: { year: true } } },
  });
  const year = membership.blocYear.year;
  const signedOn = options.pledge.signedOn && toIsoDay(options.pledge.signedOn);
  if (owingPledge([spanOf(membership)], { year, signedOn }).length > 0) return;
  const when = signedOn
    ? `ngày ký giao ước (${formatDate(signedOn)})`
    : `cuối năm ${year} (giao ước chưa ghi ngày ký)`;
  throw new UserFacingError(
    `Đơn vị này không là thành viên của khối vào ${when}, nên giao ước không có dòng ký của đơn vị.`,
  );
}
