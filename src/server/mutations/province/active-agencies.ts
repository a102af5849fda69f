import "server-only";
import type { IsoDay } from "@/domain/calendar";
import { fromIsoDay } from "@/domain/calendar";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { storedNameOn, UNIT_NAMES } from "@/server/queries/unit-names-select";

/**
 * Agencies of the province that exist and take part on `day`: named by then, not deactivated,
 * not merged away. The where-clause leaves out deactivated and merged units; the name is
 * checked on the rows.
 */
export function activeOnWhere(provinceId: string, day: IsoDay) {
  const date = fromIsoDay(day);
  return {
    provinceId,
    OR: [{ deactivatedOn: null }, { deactivatedOn: { gt: date } }],
    successors: { none: { effectiveOn: { lte: date } } },
    names: { some: { validFrom: { lte: date } } },
  };
}

/** Refuses unless every unit is an agency of the province active on `day`, naming those that are not. */
export async function assertActiveOn(
  tx: AppTransaction,
  provinceId: string,
  unitIds: readonly string[],
  day: IsoDay,
): Promise<void> {
  const distinct = [...new Set(unitIds)];
  const active = await tx.unit.findMany({
    where: { id: { in: distinct }, ...activeOnWhere(provinceId, day) },
    select: { id: true },
  });
  if (active.length === distinct.length) return;
  const activeIds = new Set(active.map((unit) => unit.id));
  const others = await tx.unit.findMany({
    where: { provinceId, id: { in: distinct.filter((id) => !activeIds.has(id)) } },
    select: { id: true, ...UNIT_NAMES },
  });
  const names = others.map((unit) => storedNameOn(unit.names, "9999-12-31")?.name ?? unit.id);
  throw new UserFacingError(
    names.length === 0
      ? "Không tìm thấy đơn vị được chọn trong tỉnh."
      : `Không hoạt động vào ngày đầu năm nên không thể là thành viên: ${names.join("; ")}.`,
  );
}
