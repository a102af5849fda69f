import type { BlocTrendPoint } from "@/domain/rankings";
import { SOURCE_LABEL, shareOrDash } from "./trend-labels";

const num = "px-3 py-2 text-right tabular-nums";

/** The chart's figures as a table: the bloc's median, best and lowest result per year. */
export function BlocTrendTable({ points }: { points: readonly BlocTrendPoint[] }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Kết quả của khối theo năm, tính theo % điểm tối đa</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Năm
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Nguồn
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Số đơn vị xếp hạng
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Trung vị
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Cao nhất
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Thấp nhất
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.year} className="border-t border-stone-100">
              <th scope="row" className="px-3 py-2 text-left">
                {point.year}
              </th>
              <td className="px-3 py-2">{SOURCE_LABEL[point.source]}</td>
              <td className={num}>{point.unitCount}</td>
              <td className={num}>{shareOrDash(point.medianPercent)}</td>
              <td className={num}>{shareOrDash(point.highestPercent)}</td>
              <td className={num}>{shareOrDash(point.lowestPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
