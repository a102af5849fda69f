import Link from "@/components/app-link";
import { UnitPageLink } from "@/components/unit-page-link";
import {
  formatDeductions,
  formatPoints,
  formatShare,
  NO_SCORES_TEXT,
  rankCell,
  scoredFigure,
} from "@/domain/format";
import type { RankingView } from "@/domain/rankings/ranking-view";

type Props = { ranking: RankingView; basePath: string };

// Below lg (a tablet upright) and on paper the cells tighten, so that every column fits.
const cell = "px-1.5 py-1 lg:px-3 lg:py-2 print:px-1.5 print:py-1";
const num = `${cell} text-right tabular-nums`;

/** The ranking as officials read it: one row per unit, sections, bonus, deductions, total. */
export function RankingTable({ ranking, basePath }: Props) {
  const { sections } = ranking;
  return (
    <div className="mt-4 hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block print:block print:overflow-visible">
      <table className="w-full text-xs lg:text-sm print:text-xs">
        <caption className="sr-only">
          Bảng xếp hạng: điểm từng phần, điểm thưởng, điểm trừ và tổng điểm của các đơn vị
        </caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className={`${cell} text-right`}>
              Hạng
            </th>
            <th scope="col" className={`${cell} text-left`}>
              Đơn vị
            </th>
            {sections.map((section) => (
              <th key={section.id} scope="col" className={`${cell} text-right`} title={section.title}>
                {section.code}
                <span className="block text-xs font-normal text-stone-600">
                  tối đa {formatPoints(section.maxPoints)}
                </span>
              </th>
            ))}
            <th scope="col" className={`${cell} text-right`}>
              Điểm thưởng
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Điểm trừ
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Tổng điểm
            </th>
            <th scope="col" className={`${cell} text-right`}>
              % tối đa
            </th>
            <th scope="col" className={`${cell} text-left`}>
              Xếp loại
            </th>
            <th scope="col" className={`${cell} text-left`}>
              Ứng viên theo quy chế
            </th>
          </tr>
        </thead>
        <tbody>
          {ranking.rows.map((unit) => {
            const own = ranking.ownUnitIds.includes(unit.unitId);
            const { scored } = unit;
            const figure = (text: string) => scoredFigure(scored, text);
            return (
              <tr key={unit.unitId} className={`border-t border-stone-100 ${own ? "bg-brand-50" : ""}`}>
                <td className={`${num} font-semibold`}>{scored ? rankCell(unit) : NO_SCORES_TEXT}</td>
                <th
                  scope="row"
                  className={`${cell} min-w-28 text-left font-medium lg:min-w-40 print:min-w-0`}
                >
                  <Link href={`${basePath}/${unit.unitId}`} className="text-brand-800 hover:underline">
                    {unit.name}
                  </Link>
                  {own && <span className="block text-xs font-normal text-stone-600">Đơn vị của bạn</span>}
                  <UnitPageLink unitId={unit.unitId} />
                </th>
                {sections.map((section, index) => (
                  <td key={section.id} className={num}>
                    {figure(formatPoints(unit.sectionPoints[index] ?? 0))}
                  </td>
                ))}
                <td className={num}>{figure(formatPoints(unit.bonus))}</td>
                <td className={num}>{figure(formatDeductions(unit.deductions))}</td>
                <td className={`${num} font-semibold`}>{figure(formatPoints(unit.total))}</td>
                <td className={num}>{figure(formatShare(unit.percentOfMax))}</td>
                <td className={cell}>{figure(unit.classification ?? "—")}</td>
                <td className={cell}>
                  {unit.candidateAwards.length > 0 ? unit.candidateAwards.join("; ") : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
