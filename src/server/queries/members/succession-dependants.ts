import "server-only";
import type { YearStage } from "@/domain/year-stages";
import type { AppTransaction } from "@/server/database/connect";

/** The bloc-years whose memberships a succession wrote: predecessors leaving, or the successor joining, on its date. */
export async function findSuccessionYears(
  tx: AppTransaction,
  succession: { predecessorId: string; successorId: string; effectiveOn: Date },
): Promise<{ id: string; blocId: string; year: number; status: YearStage; blocName: string }[]> {
  const rows = await tx.blocYear.findMany({
    where: {
      memberships: {
        some: {
          OR: [
            { unitId: succession.predecessorId, leftOn: succession.effectiveOn },
            { unitId: succession.successorId, joinedOn: succession.effectiveOn },
          ],
        },
      },
    },
    orderBy: { year: "asc" },
    select: { id: true, blocId: true, year: true, status: true, bloc: { select: { name: true } } },
  });
  return rows.map(({ bloc, ...year }) => ({ ...year, blocName: bloc.name }));
}

const PUBLISHED: readonly YearStage[] = ["PUBLISHED", "CORRECTING"];

/** Why the succession cannot be undone (a published year rests on it), or null. */
export function undoBlocker(years: { year: number; status: YearStage; blocName: string }[]): string | null {
  const published = years.find((year) => PUBLISHED.includes(year.status));
  if (!published) return null;
  return `Không thể huỷ: kết quả năm ${published.year} của ${published.blocName} đã công bố với hợp nhất này.`;
}
