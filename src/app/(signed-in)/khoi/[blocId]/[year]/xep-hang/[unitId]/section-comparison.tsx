import type { SectionMedians } from "@/domain/rankings";
import { type UnitResult } from "@/domain/scoring";
import { formatPoints } from "@/domain/format";
import type { RankingSection } from "@/domain/rankings/ranking-view";

type Props = { unit: UnitResult; sections: readonly RankingSection[]; medians: SectionMedians | null };

const num = "px-3 py-2 text-right tabular-nums";

function Difference({ value, median }: { value: number; median: number | null }) {
  if (median === null) return <>—</>;
  const difference = value - median;
  const sign = difference > 0 ? "+" : "";
  return (
    <span
      className={difference < 0 ? "text-brand-700" : difference > 0 ? "text-emerald-700" : ""}
    >{`${sign}${formatPoints(difference)}`}</span>
  );
}

/** The unit's points per section beside the bloc median (withheld while only its own row is visible). */
export function SectionComparison({ unit, sections, medians }: Props) {
  return (
    <section aria-labelledby="median-heading" className="mt-8">
      <h2 id="median-heading" className="text-lg font-semibold">
        So với trung vị của khối
      </h2>
      {!medians && (
        <p className="text-sm text-stone-600">
          Trung vị của khối chỉ hiện khi các đơn vị được xem điểm tạm tính của nhau hoặc khi kết quả đã công
          bố.
        </p>
      )}
      <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Phần
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Tối đa
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Đơn vị
              </th>
              {medians && (
                <th scope="col" className="px-3 py-2 text-right">
                  Trung vị khối
                </th>
              )}
              {medians && (
                <th scope="col" className="px-3 py-2 text-right">
                  Chênh lệch
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => {
              const points = unit.nodePoints[section.id] ?? 0;
              const median = medians?.bySection[section.id] ?? null;
              return (
                <tr key={section.id} className="border-t border-stone-100">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {section.code}. {section.title}
                  </th>
                  <td className={num}>{formatPoints(section.maxPoints)}</td>
                  <td className={num}>{formatPoints(points)}</td>
                  {medians && <td className={num}>{median === null ? "—" : formatPoints(median)}</td>}
                  {medians && (
                    <td className={num}>
                      <Difference value={points} median={median} />
                    </td>
                  )}
                </tr>
              );
            })}
            <tr className="border-t border-stone-300 font-semibold">
              <th scope="row" className="px-3 py-2 text-left">
                Tổng điểm
              </th>
              <td className={num}>—</td>
              <td className={num}>{formatPoints(unit.total)}</td>
              {medians && (
                <td className={num}>{medians.total === null ? "—" : formatPoints(medians.total)}</td>
              )}
              {medians && (
                <td className={num}>
                  <Difference value={unit.total} median={medians.total} />
                </td>
              )}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
