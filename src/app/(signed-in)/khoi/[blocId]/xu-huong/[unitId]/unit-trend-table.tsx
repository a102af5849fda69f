import Link from "@/components/app-link";
import type { UnitTrendPoint } from "@/domain/rankings";
import { formatPoints, NO_SCORES_TEXT, rankCell } from "@/domain/format";
import { SOURCE_LABEL, shareOrDash } from "../trend-labels";

const num = "px-3 py-2 text-right tabular-nums";

/**
 * The unit's chart as a table: the name it bore each year (before a merger, its predecessors'
 * rows, labelled as theirs), a link to that year's explanation and to the unit's page.
 */
export function UnitTrendTable({ blocId, points }: { blocId: string; points: readonly UnitTrendPoint[] }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Kết quả của đơn vị theo năm</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Năm
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Tên đơn vị năm đó
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Hạng
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Tổng điểm / tối đa
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              % tối đa
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Trung vị khối
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Xếp loại
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Nguồn
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={`${point.year}:${point.unitId}`} className="border-t border-stone-100">
              <th scope="row" className="px-3 py-2 text-left">
                {point.name ? (
                  <Link
                    href={`/khoi/${blocId}/${point.year}/xep-hang/${point.unitId}`}
                    className="text-brand-800 hover:underline"
                  >
                    {point.year}
                  </Link>
                ) : (
                  point.year
                )}
              </th>
              <td className="px-3 py-2">
                {point.label === null ? (
                  "Không xếp hạng năm này"
                ) : (
                  <Link href={`/don-vi/${point.unitId}`} className="text-brand-800 hover:underline">
                    {point.label}
                  </Link>
                )}
              </td>
              <td className={num}>
                {point.noScores
                  ? NO_SCORES_TEXT
                  : point.rank === null
                    ? "—"
                    : `${rankCell({ rank: point.rank, sharedRank: point.sharedRank })} / ${point.unitCount}`}
              </td>
              <td className={num}>
                {point.total === null
                  ? "—"
                  : `${formatPoints(point.total)} / ${formatPoints(point.maxPoints)}`}
              </td>
              <td className={num}>{shareOrDash(point.percent)}</td>
              <td className={num}>{shareOrDash(point.blocMedianPercent)}</td>
              <td className="px-3 py-2">{point.classification ?? "—"}</td>
              <td className="px-3 py-2">{SOURCE_LABEL[point.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
