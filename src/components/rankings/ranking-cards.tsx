import Link from "@/components/app-link";
import { UnitPageLink } from "@/components/unit-page-link";
import { formatDeductions, formatPoints, formatShare, NO_SCORES_HEADING, rankHeading } from "@/domain/format";
import type { RankingView } from "@/domain/rankings/ranking-view";

type Props = { ranking: RankingView; basePath: string };

/**
 * The ranking as cards on a phone or a small tablet (below md), where the table's many columns would squeeze the
 * names to a word per line and push the total off-screen: rank, name and total first.
 */
export function RankingCards({ ranking, basePath }: Props) {
  return (
    <ol className="mt-4 space-y-3 md:hidden print:hidden" aria-label="Bảng xếp hạng">
      {ranking.rows.map((unit) => {
        const own = ranking.ownUnitIds.includes(unit.unitId);
        const { scored } = unit;
        return (
          <li
            key={unit.unitId}
            className={`rounded-lg border border-stone-200 p-3 text-sm ${own ? "bg-brand-50" : "bg-white"}`}
          >
            <p className="flex items-baseline justify-between gap-3">
              <span className="font-semibold">{scored ? rankHeading(unit) : NO_SCORES_HEADING}</span>
              {/* A unit with no scores yet has no figures, rather than 0,00 as if it had scored nothing. */}
              {scored && (
                <span className="text-base font-semibold tabular-nums">
                  {formatPoints(unit.total)}
                  <span className="text-xs font-normal text-stone-600">
                    {" "}
                    / {formatPoints(ranking.maxPoints)}
                  </span>
                </span>
              )}
            </p>
            <Link
              href={`${basePath}/${unit.unitId}`}
              className="mt-1 block font-medium text-brand-800 hover:underline"
            >
              {unit.name}
            </Link>
            {own && <span className="block text-xs text-stone-600">Đơn vị của bạn</span>}
            <UnitPageLink unitId={unit.unitId} />
            {scored && (
              <>
                <p className="mt-1 text-xs text-stone-600">
                  {ranking.sections
                    .map(
                      (section, index) => `${section.code}: ${formatPoints(unit.sectionPoints[index] ?? 0)}`,
                    )
                    .join(" · ")}
                </p>
                <p className="mt-1 text-xs text-stone-600">
                  {/* The table's column names and values: deductions are negative, under "Điểm trừ". */}
                  {formatShare(unit.percentOfMax)} tối đa · Điểm thưởng: {formatPoints(unit.bonus)} · Điểm
                  trừ: {formatDeductions(unit.deductions)}
                  {unit.classification && ` · ${unit.classification}`}
                </p>
              </>
            )}
            {unit.candidateAwards.length > 0 && (
              <p className="mt-1 text-xs text-stone-700">
                Ứng viên theo quy chế: {unit.candidateAwards.join("; ")}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
