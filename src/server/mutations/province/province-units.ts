import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

const NOT_FOUND = "Không tìm thấy đơn vị được chọn trong tỉnh.";

/**
 * The units of the admin's province among `unitIds` (ids from the client are checked here: an id
 * of another province is refused as not found), locked for the write.
 */
export async function lockProvinceUnits(
  tx: AppTransaction,
  provinceId: string,
  unitIds: readonly string[],
): Promise<{ id: string; deactivatedOn: Date | null }[]> {
  const distinct = [...new Set(unitIds)];
  const rows = await tx.$queryRaw<{ id: string; deactivatedOn: Date | null }[]>`
    SELECT id, "deactivatedOn" FROM "Unit"
    WHERE "provinceId" = ${provinceId} AND id = ANY(${distinct}::text[])
    ORDER BY id FOR UPDATE`;
  if (rows.length !== distinct.length) throw new UserFacingError(NOT_FOUND);
  return rows;
}
