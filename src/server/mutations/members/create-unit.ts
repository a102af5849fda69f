import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "../record-audit";
import { UserFacingError } from "@/server/errors";

export type NewUnit = { name: string; shortName: string; code: string };

/** A new unit of the province with its first name, valid from `validFrom`. Audited. */
export async function createUnit(
  tx: AppTransaction,
  options: {
    actorId: string;
    /** The bloc-year the unit was created from (its audit log); none from the province administration. */
    blocYearId?: string;
    provinceId: string;
    unit: NewUnit;
    validFrom: Date;
  },
): Promise<string> {
  const { unit, validFrom } = options;
  const code = unit.code.toUpperCase();
  const existing = await tx.unit.findFirst({
    where: { provinceId: options.provinceId, code },
    select: { id: true },
  });
  // Checked first for a clear message; a unit created at the same moment still hits the unique
  // index, which the caller reports with the same message (DUPLICATE_UNIT_CODE).
  if (existing) throw new UserFacingError(duplicateUnitCode(code));
  const created = await tx.unit.create({
    data: {
      provinceId: options.provinceId,
      code,
      names: { create: { name: unit.name, shortName: unit.shortName, validFrom } },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: options.actorId,
    blocYearId: options.blocYearId,
    entity: "Unit",
    entityId: created.id,
    action: "create",
    newValue: {
      code,
      name: unit.name,
      shortName: unit.shortName,
      validFrom: toIsoDay(validFrom),
    },
  });
  return created.id;
}

export const duplicateUnitCode = (code: string) => `Mã đơn vị ${code.toUpperCase()} đã có trong tỉnh.`;
