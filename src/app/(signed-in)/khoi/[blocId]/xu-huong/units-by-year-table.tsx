import Link from "@/components/app-link";
import { UnitPageLink } from "@/components/unit-page-link";
import { NO_SCORES_TEXT, rankPhrase } from "@/domain/format";
import { percentOfMax, type YearResults } from "@/domain/rankings";
import type { TrendUnit } from "@/server/queries/rankings/get-bloc-trends";
import { shareOrDash } from "./trend-labels";

type Props = { blocId: string; units: readonly TrendUnit[]; years: readonly YearResults[] };

/** Every visible unit × year: % of max and rank, under the name the unit bore that year. */
export function UnitsByYearTable({ blocId, units, years }: Props) {
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Kết quả từng đơn vị theo năm: % điểm tối đa và thứ hạng</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Đơn vị
            </th>
            {years.map((year) => (
              <th key={year.year} scope="col" className="px-3 py-2 text-right">
                {year.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.unitId} className="border-t border-stone-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link
                  href={`/khoi/${blocId}/xu-huong/${unit.unitId}`}
                  className="text-brand-800 hover:underline"
                >
                  {unit.latestName}
                </Link>
                <UnitPageLink unitId={unit.unitId} />
              </th>
              {years.map((year) => {
                const result = year.units.find((candidate) => candidate.unitId === unit.unitId);
                return (
                  <td key={year.year} className="px-3 py-2 text-right tabular-nums">
                    {!result
                      ? "—"
                      : result.scored
                        ? `${shareOrDash(percentOfMax(result.total, year.maxPoints))} (${rankPhrase(result)})`
                        : NO_SCORES_TEXT}
                    {result && result.name !== unit.latestName && (
                      <span className="block text-xs text-stone-600">{result.name}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
