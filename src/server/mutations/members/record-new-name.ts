import "server-only";
import { formatDate } from "@/domain/calendar";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { assertNoPublishedYearRenamed } from "./published-name-guard";
import { auditDay, lockFor } from "./write-context";

export type NewName = {
  unitId: string;
  /** The name the form showed (optimistic concurrency). */
  currentNameId: string;
  name: string;
  shortName: string;
  validFrom: Date;
};

/**
 * A unit's new name from a date: the current name ends there (validTo is exclusive) and a new
 * UnitName starts, so earlier years keep reading the old name (unitNameOn). Shared by a bloc's
 * members tab and the province administration; the caller has authorised the unit.
 */
export async function recordNewName(
  tx: AppTransaction,
  options: { actorId: string; blocYearId?: string; rename: NewName },
): Promise<{ nameId: string }> {
  const { rename } = options;
  await lockFor(tx, `unit-names:${rename.unitId}`);
  const current = await tx.unitName.findFirst({
    where: { unitId: rename.unitId },
    orderBy: { validFrom: "desc" },
    select: { id: true, name: true, shortName: true, validFrom: true },
  });
  if (!current || current.id !== rename.currentNameId) {
    throw new ConflictError(
      `Người khác vừa đổi tên đơn vị này${current ? ` (tên hiện tại: ${current.name})` : ""}. Tải lại trang để xem.`,
    );
  }
  if (rename.validFrom <= current.validFrom) {
    throw new UserFacingError(
      `Ngày áp dụng tên mới phải sau ngày tên hiện tại có hiệu lực (${formatDate(current.validFrom)}).`,
    );
  }
  await assertNoPublishedYearRenamed(tx, rename.unitId, rename.validFrom);
  await tx.unitName.update({ where: { id: current.id }, data: { validTo: rename.validFrom } });
  const created = await tx.unitName.create({
    data: {
      unitId: rename.unitId,
      name: rename.name,
      shortName: rename.shortName,
      validFrom: rename.validFrom,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: options.actorId,
    blocYearId: options.blocYearId,
    entity: "Unit",
    entityId: rename.unitId,
    action: "rename",
    field: "name",
    oldValue: { name: current.name, shortName: current.shortName },
    newValue: { name: rename.name, shortName: rename.shortName, validFrom: auditDay(rename.validFrom) },
  });
  return { nameId: created.id };
}
