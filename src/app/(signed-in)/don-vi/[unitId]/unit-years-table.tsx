import Link from "@/components/app-link";
import type { UnitYear, UnitYearResult } from "@/server/queries/units/unit-years";
import {
  membershipText,
  nameThatYear,
  pointsText,
  rankText,
  shareText,
  sourceText,
  unrankedNote,
} from "./year-result-text";

type Props = { unitId: string; currentName: string; years: readonly UnitYear[] };

const num = "px-3 py-2 text-right tabular-nums";

/** One row per bloc-year the unit was a member of: dates, the name it bore, its result (from sm up). */
export function UnitYearsTable({ unitId, currentName, years }: Props) {
  return (
    <div className="hidden overflow-x-auto sm:block">
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
                <span className="block text-xs text-stone-600">{nameThatYear(row.name, currentName)}</span>
              </td>
              <td className="px-3 py-2 tabular-nums">{membershipText(row)}</td>
              <ResultCells result={row.result} href={`/khoi/${row.blocId}/${row.year}/xep-hang/${unitId}`} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResultCells({ result, href }: { result: UnitYearResult; href: string }) {
  if (result.kind !== "ranked")
    return (
      <td colSpan={3} className="px-3 py-2 text-stone-600">
        {unrankedNote(result)}
      </td>
    );
  return (
    <>
      <td className={num}>
        <Link href={href} className="font-semibold text-brand-800 hover:underline">
          {rankText(result)}
        </Link>
        <span className="block text-xs whitespace-nowrap text-stone-600">{sourceText(result)}</span>
      </td>
      <td className={num}>
        {pointsText(result)}
        <span className="block text-xs text-stone-600">{shareText(result)}</span>
      </td>
      <td className="px-3 py-2">{result.classification ?? "—"}</td>
    </>
  );
}
