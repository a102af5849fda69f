import "server-only";
import { formatDate } from "@/domain/calendar";
import type { RenameUnitInput } from "@/schemas/members/unit-change";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { assertMembers } from "./find-member-units";
import { assertNoPublishedYearRenamed } from "./published-name-guard";
import { authorizeMembersWrite, auditDay, lockFor } from "./write-context";

/**
 * A unit's new name from a date: the current name ends there (validTo is exclusive) and a new
 * UnitName starts, so earlier years keep reading the old name (unitNameOn).
 */
export async function renameUnit(prisma: AppPrismaClient, user: SessionUser, input: RenameUnitInput) {
  return prisma.$transaction(async (tx) => {
    const year = await authorizeMembersWrite(tx, user, { blocYearId: input.blocYearId, activity: "members" });
    // A secretariat renames the units of its own bloc, not any unit of the province.
    await assertMembers(tx, year.id, [input.unitId]);
    await lockFor(tx, `unit-names:${input.unitId}`);
    const current = await tx.unitName.findFirst({
      where: { unitId: input.unitId },
      orderBy: { validFrom: "desc" },
      select: { id: true, name: true, shortName: true, validFrom: true },
    });
    if (!current || current.id !== input.currentNameId) {
      throw new ConflictError(
        `Người khác vừa đổi tên đơn vị này${current ? ` (tên hiện tại: ${current.name})` : ""}. Tải lại trang để xem.`,
      );
    }
    if (input.validFrom <= current.validFrom) {
      throw new UserFacingError(
        `Ngày áp dụng tên mới phải sau ngày tên hiện tại có hiệu lực (${formatDate(current.validFrom)}).`,
      );
    }
    await assertNoPublishedYearRenamed(tx, input.unitId, input.validFrom);
    await tx.unitName.update({ where: { id: current.id }, data: { validTo: input.validFrom } });
    const created = await tx.unitName.create({
      data: {
        unitId: input.unitId,
        name: input.name,
        shortName: input.shortName,
        validFrom: input.validFrom,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: year.id,
      entity: "Unit",
      entityId: input.unitId,
      action: "rename",
      field: "name",
      oldValue: { name: current.name, shortName: current.shortName },
      newValue: { name: input.name, shortName: input.shortName, validFrom: auditDay(input.validFrom) },
    });
    return { nameId: created.id };
  });
}
