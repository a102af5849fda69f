import Link from "next/link";
import { formatDate } from "@/domain/calendar";
import { formatPoints, formatShare } from "@/domain/scoring";
import type { UnitYear, UnitYearResult } from "@/server/queries/units/unit-years";

type Props = { unitId: string; currentName: string; years: readonly UnitYear[] };

const num = "px-3 py-2 text-right tabular-nums";

/** One row per bloc-year the unit was a member of: dates, the name it bore, its result. */
export function UnitYearsTable({ unitId, currentName, years }: Props) {
  if (years.length === 0)
    return (
      <p className="text-sm text-stone-600">Đơn vị chưa là thành viên của năm thi đua nào mà bạn được xem.</p>
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Các năm thi đua của đơn vị và kết quả từng năm</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Năm
            </th>
            <th scope="col" className="px-3 py-2">
              Khối, tên đơn vị năm đó
            </th>
            <th scope="col" className="px-3 py-2">
              Là thành viên
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Hạng
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Tổng điểm
            </th>
            <th scope="col" className="px-3 py-2">
              Xếp loại
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((row) => (
            <tr key={row.blocYearId} className="border-t border-stone-100 align-top">
              <th scope="row" className="px-3 py-2 font-semibold">
                <Link href={`/khoi/${row.blocId}/${row.year}`} className="text-brand-800 hover:underline">
                  {row.year}
                </Link>
              </th>
              <td className="min-w-48 px-3 py-2">
                {row.blocName}
                <span className="block text-xs text-stone-600">
                  {row.name === currentName ? "Cùng tên hiện nay" : `Tên năm đó: ${row.name}`}
                </span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                {row.leftOn
                  ? `${formatDate(row.joinedOn)} – ${formatDate(row.leftOn)}`
                  : `Từ ${formatDate(row.joinedOn)}`}
                {row.leftOn && <span className="block text-xs text-stone-600">rời khối ngày này</span>}
              </td>
              <ResultCells result={row.result} href={`/khoi/${row.blocId}/${row.year}/xep-hang/${unitId}`} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SOURCE = { published: "Đã công bố", provisional: "Tạm tính" } as const;

function ResultCells({ result, href }: { result: UnitYearResult; href: string }) {
  if (result.kind === "withheld")
    return (
      <td colSpan={3} className="px-3 py-2 text-stone-600">
        Điểm tạm tính chưa được chia sẻ với các đơn vị thành viên trước khi công bố.
      </td>
    );
  if (result.kind === "notRanked")
    return (
      <td colSpan={3} className="px-3 py-2 text-stone-600">
        Không xếp hạng năm này{result.reason && `: ${result.reason}`}
      </td>
    );
  return (
    <>
      <td className={num}>
        <Link href={href} className="font-semibold text-brand-800 hover:underline">
          {result.sharedRank ? "Đồng hạng " : ""}
          {result.rank}/{result.rankedCount}
        </Link>
        <span className="block text-xs whitespace-nowrap text-stone-600">
          {SOURCE[result.source]}
          {result.snapshotNumber !== null && ` (bản số ${result.snapshotNumber})`}
        </span>
      </td>
      <td className={num}>
        {formatPoints(result.total)}
        <span className="block text-xs text-stone-600">
          / {formatPoints(result.maxPoints)} · {formatShare(result.percentOfMax)}
        </span>
      </td>
      <td className="px-3 py-2">{result.classification ?? "—"}</td>
    </>
  );
}
