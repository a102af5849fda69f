import type { ConferenceResults } from "@/domain/conference/conference-data";
import {
  formatDeductions,
  formatPoints,
  formatShare,
  NO_SCORES_TEXT,
  rankCell,
  scoredFigure,
} from "@/domain/format";

/**
 * The summary score and ranking table (bảng tổng hợp điểm, xếp hạng) as the minutes and the public
 * page print it: the same columns as the Excel export, in rank order.
 */
export function ResultsTable({ results, caption }: { results: ConferenceResults; caption: string }) {
  if (results.rows.length === 0) return <p className="text-stone-600">Chưa có đơn vị nào được xếp hạng.</p>;
  const cell = "border border-stone-400 px-2 py-1";
  return (
    <table className="w-full border-collapse text-sm" data-testid="results-table">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead className="bg-stone-100">
        <tr>
          <th scope="col" className={cell}>
            Hạng
          </th>
          <th scope="col" className={`${cell} text-left`}>
            Đơn vị
          </th>
          {results.sections.map((section) => (
            <th key={section.id} scope="col" className={cell} title={section.title}>
              {section.code} <span className="font-normal">(tối đa {formatPoints(section.maxPoints)})</span>
            </th>
          ))}
          <th scope="col" className={cell}>
            Điểm thưởng
          </th>
          <th scope="col" className={cell}>
            Điểm trừ
          </th>
          <th scope="col" className={cell}>
            Tổng điểm
          </th>
          <th scope="col" className={cell}>
            Tỷ lệ so với điểm tối đa
          </th>
          <th scope="col" className={cell}>
            Xếp loại
          </th>
          <th scope="col" className={cell}>
            Đề nghị khen thưởng
          </th>
        </tr>
      </thead>
      <tbody>
        {results.rows.map((row) => {
          const figure = (text: string) => scoredFigure(row.scored, text);
          return (
            <tr key={row.unitId} className="break-inside-avoid">
              <td className={`${cell} text-center`}>{row.scored ? rankCell(row) : NO_SCORES_TEXT}</td>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {row.name}
              </th>
              {row.sectionPoints.map((points, index) => (
                <td key={results.sections[index]?.id ?? index} className={`${cell} text-right tabular-nums`}>
                  {figure(formatPoints(points))}
                </td>
              ))}
              <td className={`${cell} text-right tabular-nums`}>{figure(formatPoints(row.bonus))}</td>
              <td className={`${cell} text-right tabular-nums`}>
                {figure(formatDeductions(row.deductions))}
              </td>
              <td className={`${cell} text-right font-semibold tabular-nums`}>
                {figure(formatPoints(row.total))}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{figure(formatShare(row.percentOfMax))}</td>
              <td className={cell}>{figure(row.classification ?? "—")}</td>
              <td className={cell}>{row.awards.join("; ") || "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
