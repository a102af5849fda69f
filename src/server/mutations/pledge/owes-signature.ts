import "server-only";
import { formatDate, toIsoDay } from "@/domain/calendar";
import { isMemberOn, pledgeDay } from "@/domain/membership";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";

/**
 * Refuses a signature from a unit that was not a member on the pledge's day (pledgeDay): one that
 * had already merged away, or one that joined later. The signature sheet has no row for it.
 */
export async function assertOwesSignature(
  tx: AppTransaction,
  options: { blocYearId: string; unitId: string; pledge: { signedOn: Date | null } },
): Promise<void> {
  const membership = await tx.membership.findUniqueOrThrow({
    where: { blocYearId_unitId: { blocYearId: options.blocYearId, unitId: options.unitId } },
    select: { unitId: true, joinedOn: true, leftOn: true, blocYear: { select: { year: true } } },
  });
  const signedOn = options.pledge.signedOn && toIsoDay(options.pledge.signedOn);
  const day = pledgeDay(membership.blocYear.year, signedOn);
  if (!isMemberOn(spanOf(membership), day))
    throw new UserFacingError(
      `Đơn vị này không là thành viên của khối ngày ${formatDate(day)} (ngày ký giao ước${signedOn ? "" : ": chưa ghi, tính ngày đầu năm"}); giao ước này không có dòng ký của đơn vị.`,
    );
}
