import "server-only";
import { formatDate, toIsoDay } from "@/domain/calendar";
import type { DeactivateAgencyInput, ReactivateAgencyInput } from "@/schemas/province/agency";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { lockProvinceUnits } from "./province-units";
import { assertNotEndedBy } from "./still-active";

/**
 * An agency stops taking part from a day (dissolved; a merger is recorded as a merger instead).
 * Refused while the agency is still a member, on or after that day, of a bloc-year not yet
 * published: that year would go on counting and ranking a unit that no longer exists, so its
 * secretariat first records the leave date on the year's members tab (where the bloc's audit log
 * shows it). Published years are frozen and keep the agency as they published it.
 */
export async function deactivateAgency(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: DeactivateAgencyInput,
) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return prisma.$transaction(async (tx) => {
    const [unit] = await lockProvinceUnits(tx, provinceId, [input.unitId]);
    if (unit!.deactivatedOn)
      throw new UserFacingError(`Đơn vị đã ngừng hoạt động từ ngày ${formatDate(unit!.deactivatedOn)}.`);
    await assertNotEndedBy(tx, unit!, input.deactivatedOn);
    await assertNamedBy(tx, input.unitId, input.deactivatedOn);
    await assertNoOpenMembership(tx, input.unitId, input.deactivatedOn);
    await tx.unit.update({ where: { id: input.unitId }, data: { deactivatedOn: input.deactivatedOn } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "Unit",
      entityId: input.unitId,
      action: "deactivate",
      field: "deactivatedOn",
      newValue: toIsoDay(input.deactivatedOn),
    });
    return { unitId: input.unitId };
  });
}

/** Undoes a deactivation recorded by mistake. */
export async function reactivateAgency(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: ReactivateAgencyInput,
) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return prisma.$transaction(async (tx) => {
    const [unit] = await lockProvinceUnits(tx, provinceId, [input.unitId]);
    if (!unit!.deactivatedOn) throw new UserFacingError("Đơn vị đang hoạt động.");
    await tx.unit.update({ where: { id: input.unitId }, data: { deactivatedOn: null } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "Unit",
      entityId: input.unitId,
      action: "reactivate",
      field: "deactivatedOn",
      oldValue: toIsoDay(unit!.deactivatedOn),
    });
    return { unitId: input.unitId };
  });
}

async function assertNamedBy(tx: AppTransaction, unitId: string, day: Date): Promise<void> {
  const first = await tx.unitName.findFirst({
    where: { unitId },
    orderBy: { validFrom: "asc" },
    select: { validFrom: true },
  });
  if (first && day <= first.validFrom)
    throw new UserFacingError(
      `Ngày ngừng hoạt động phải sau ngày đơn vị bắt đầu hoạt động (${formatDate(first.validFrom)}).`,
    );
}

async function assertNoOpenMembership(tx: AppTransaction, unitId: string, day: Date): Promise<void> {
  // FOR SHARE of the years: a year cannot be published between this check and the commit.
  const open = await tx.$queryRaw<{ bloc: string; year: number }[]>`
    SELECT b.name AS bloc, y.year
    FROM "Membership" m JOIN "BlocYear" y ON y.id = m."blocYearId" JOIN "Bloc" b ON b.id = y."blocId"
    WHERE m."unitId" = ${unitId} AND y.status::text NOT IN ('PUBLISHED', 'CORRECTING')
      AND y.year >= ${day.getUTCFullYear()} AND (m."leftOn" IS NULL OR m."leftOn" > ${day})
    ORDER BY y.year, b.name
    FOR SHARE OF y`;
  const first = open[0];
  if (!first) return;
  throw new UserFacingError(
    `Đơn vị vẫn là thành viên của ${first.bloc} năm ${first.year} (chưa công bố kết quả) sau ngày ${formatDate(day)}. ` +
      `Hãy để thư ký khối ghi ngày rời khối ở tab Thành viên của năm đó trước, rồi ngừng hoạt động đơn vị.`,
  );
}
