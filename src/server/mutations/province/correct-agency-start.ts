import "server-only";
import { formatDate, toIsoDay } from "@/domain/calendar";
import type { CorrectAgencyStartInput } from "@/schemas/province/agency";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppTransaction, AppPrismaClient } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { lockFor } from "../members/write-context";
import { lockProvinceUnits } from "./province-units";
import { assertNotEndedBy } from "./still-active";

/**
 * Corrects the day an agency's first name applies from (typed wrong at creation or import). The
 * first name is what every year before the first rename shows, so the correction is refused
 * while a published year depends on it, and the day cannot pass a later name, the agency's end
 * or a membership (which would be left without a name). Audited.
 */
export async function correctAgencyStart(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CorrectAgencyStartInput,
): Promise<{ validFrom: string }> {
  const { provinceId } = authorizeProvinceAdmin(user);
  return prisma.$transaction(async (tx) => {
    const [unit] = await lockProvinceUnits(tx, provinceId, [input.unitId]);
    await lockFor(tx, `unit-names:${input.unitId}`);
    const first = await tx.unitName.findFirst({
      where: { unitId: input.unitId },
      orderBy: { validFrom: "asc" },
      select: { id: true, name: true, validFrom: true, validTo: true },
    });
    if (!first || first.id !== input.firstNameId)
      throw new ConflictError("Người khác vừa sửa tên của đơn vị này. Tải lại trang để xem.");
    const day = input.validFrom;
    if (first.validTo && day >= first.validTo)
      throw new UserFacingError(
        `Ngày áp dụng phải trước ngày tên tiếp theo có hiệu lực (${formatDate(first.validTo)}).`,
      );
    await assertNotEndedBy(tx, unit!, day);
    await assertNoMembershipBefore(tx, input.unitId, day);
    await assertNoPublishedYearOnFirstName(tx, {
      unitId: input.unitId,
      from: day < first.validFrom ? day : first.validFrom,
      to: first.validTo,
    });
    await tx.unitName.update({ where: { id: first.id }, data: { validFrom: day } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "Unit",
      entityId: input.unitId,
      action: "correctStart",
      field: "validFrom",
      oldValue: toIsoDay(first.validFrom),
      newValue: toIsoDay(day),
      subject: first.name,
    });
    return { validFrom: toIsoDay(day) };
  });
}

/** A membership that starts before the name would show a member without a name. */
async function assertNoMembershipBefore(tx: AppTransaction, unitId: string, day: Date): Promise<void> {
  const earlier = await tx.membership.findFirst({
    where: { unitId, joinedOn: { lt: day } },
    orderBy: { joinedOn: "asc" },
    select: { joinedOn: true, blocYear: { select: { year: true, bloc: { select: { name: true } } } } },
  });
  if (earlier)
    throw new UserFacingError(
      `Đơn vị là thành viên ${earlier.blocYear.bloc.name} năm ${earlier.blocYear.year} từ ngày ${formatDate(earlier.joinedOn)}, nên tên đầu tiên phải áp dụng từ ngày đó trở về trước.`,
    );
}

/**
 * The years that show the first name: from the earlier of the two days to the first rename. One
 * of them published is refused; the years are locked FOR SHARE so a publication cannot slip in.
 */
async function assertNoPublishedYearOnFirstName(
  tx: AppTransaction,
  range: { unitId: string; from: Date; to: Date | null },
): Promise<void> {
  const lastYear = range.to ? range.to.getUTCFullYear() : 9999;
  const years = await tx.$queryRaw<{ year: number; status: string; bloc: string }[]>`
    SELECT y.year, y.status::text AS status, b.name AS bloc
    FROM "Membership" m JOIN "BlocYear" y ON y.id = m."blocYearId" JOIN "Bloc" b ON b.id = y."blocId"
    WHERE m."unitId" = ${range.unitId} AND y.year >= ${range.from.getUTCFullYear()} AND y.year <= ${lastYear}
    ORDER BY y.year
    FOR SHARE OF y`;
  const published = years.find((row) => row.status === "PUBLISHED" || row.status === "CORRECTING");
  if (published)
    throw new UserFacingError(
      `${published.bloc} năm ${published.year} đã công bố kết quả với tên này, nên không thể sửa ngày áp dụng tên đầu tiên.`,
    );
}
