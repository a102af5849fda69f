import Link from "@/components/app-link";
import { formatPoints } from "@/domain/format";
import type { RankingView } from "@/domain/rankings/ranking-view";
import { PairDecisions } from "./pair-decisions";
import { RankingCards } from "./ranking-cards";
import { RankingSourceNotice } from "./ranking-source-notice";
import { RankingTable } from "./ranking-table";
import { RESTRICTED_NOTICE } from "./rankings-labels";

type Props = { ranking: RankingView; blocId: string; year: number };

/** The rankings tab of a bloc-year: where the figures come from, the table (cards on a phone), the tie notes. */
export function RankingsContent({ ranking, blocId, year }: Props) {
  const basePath = `/khoi/${blocId}/${year}/xep-hang`;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-xl font-semibold">Bảng xếp hạng năm {year}</h2>
        <Link
          href={`/khoi/${blocId}/xu-huong`}
          className="no-print text-sm font-medium text-brand-800 hover:underline"
        >
          Xu hướng qua các năm →
        </Link>
      </div>
      <div className="mt-3 space-y-2">
        <RankingSourceNotice kind={ranking.kind} snapshot={ranking.snapshot} asOf={ranking.asOf} />
        {!ranking.seesAllUnits && (
          <p className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-700">
            {RESTRICTED_NOTICE}
          </p>
        )}
      </div>
      {ranking.rows.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          {ranking.rankedCount === 0
            ? "Chưa có đơn vị nào được xếp hạng trong năm này."
            : "Đơn vị của bạn không được xếp hạng trong năm này."}
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-stone-600">
            {ranking.anyScored
              ? `${ranking.rankedCount} đơn vị được xếp hạng; thang điểm tối đa ${formatPoints(ranking.maxPoints)} điểm. Chọn tên đơn vị để xem vì sao đơn vị có thứ hạng đó.`
              : `Chưa có đơn vị nào có điểm: ${ranking.rankedCount} đơn vị sẽ được xếp hạng khi có điểm (thang điểm tối đa ${formatPoints(ranking.maxPoints)} điểm).`}
          </p>
          <RankingCards ranking={ranking} basePath={basePath} />
          <RankingTable ranking={ranking} basePath={basePath} />
        </>
      )}
      <PairDecisions pairs={ranking.pairs} />
    </>
  );
}
