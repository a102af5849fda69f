import "server-only";
import { formatDate } from "@/domain/calendar";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

/**
 * A bloc-year reads its members' names as of year end, so a name dated into year Y shows in every
 * year from Y on that the unit belongs to. Where one of those is published, its pages would stop
 * agreeing with its minutes: refused. The years are locked FOR SHARE, like any write's, so a
 * publication cannot slip in between this check and the commit.
 */
export async function assertNoPublishedYearRenamed(
  tx: AppTransaction,
  unitId: string,
  from: Date,
): Promise<void> {
  const years = await tx.$queryRaw<{ year: number; status: string; bloc: string }[]>`
    SELECT y.year, y.status::text AS status, b.name AS bloc
    FROM "Membership" m JOIN "BlocYear" y ON y.id = m."blocYearId" JOIN "Bloc" b ON b.id = y."blocId"
    WHERE m."unitId" = ${unitId} AND y.year >= ${from.getUTCFullYear()}
    ORDER BY y.year
    FOR SHARE OF y`;
  const published = years.find((row) => row.status === "PUBLISHED");
  if (!published) return;
  throw new UserFacingError(
    `${published.bloc} năm ${published.year} đã công bố kết quả, nên tên mới không thể áp dụng từ ngày ${formatDate(from)}. Hãy chọn một ngày từ năm ${published.year + 1}, hoặc mở đính chính năm ${published.year} trước.`,
  );
}
