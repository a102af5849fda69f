import { formatDate } from "@/domain/calendar";
import { formatPoints, NO_SCORES_HEADING, rankCell } from "@/domain/format";
import type { RankingPreview as Preview } from "@/server/queries/score-table/get-rules-view";

/** The provisional top three as the engine computes them now, so a saved change shows its effect. */
export function RankingPreview({ preview }: { preview: Preview }) {
  return (
    <aside aria-labelledby="preview-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="preview-heading" className="font-semibold">
        Xếp hạng tạm tính
      </h3>
      {!preview.ok ? (
        <p className="mt-2 text-sm text-brand-800">{preview.message}</p>
      ) : preview.top.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">
          {preview.hasScores ? "Chưa có đơn vị nào để xếp hạng." : `${NO_SCORES_HEADING}.`}
        </p>
      ) : (
        <>
          <p className="mt-1 text-xs text-stone-500">
            Tính đến ngày {formatDate(preview.asOf)}, thang {formatPoints(preview.maxPoints)} điểm.
          </p>
          <ol className="mt-2 space-y-2 text-sm" aria-label="Ba đơn vị dẫn đầu">
            {preview.top.map((unit) => (
              <li key={unit.unitId} className="flex items-baseline justify-between gap-2">
                <span>
                  <span className="font-semibold tabular-nums">{rankCell(unit)}.</span> {unit.name}
                  {unit.classification && (
                    <span className="block text-xs text-stone-500">{unit.classification}</span>
                  )}
                </span>
                <span className="font-semibold tabular-nums">{formatPoints(unit.total)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
