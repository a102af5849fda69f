import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

/** Refuses unless every unit is a member of the bloc-year (ids from the client are checked here). */
export async function assertMembers(
  tx: AppTransaction,
  blocYearId: string,
  unitIds: readonly string[],
): Promise<void> {
  const distinct = [...new Set(unitIds)];
  const found = await tx.membership.count({ where: { blocYearId, unitId: { in: distinct } } });
  if (found !== distinct.length)
    throw new UserFacingError("Đơn vị được chọn không phải thành viên của khối trong năm này.");
}

/** Refuses unless every unit belongs to the province: units are the province's, not the bloc's. */
export async function assertProvinceUnits(
  tx: AppTransaction,
  provinceId: string,
  unitIds: readonly string[],
): Promise<void> {
  const distinct = [...new Set(unitIds)];
  const found = await tx.unit.count({ where: { provinceId, id: { in: distinct } } });
  if (found !== distinct.length) throw new UserFacingError("Không tìm thấy đơn vị được chọn trong tỉnh.");
}
