import type { ConferenceRow } from "@/domain/conference/conference-data";
import { rankLabel } from "@/domain/conference/display";
import { formatPoints, formatShare, NO_SCORES_HEADING } from "@/domain/format";

type Props = {
  rows: ConferenceRow[];
  /** Whether the row (by its index in `rows`) is still hidden in the reveal. */
  hidden?: (index: number) => boolean;
  caption: string;
};

/** The ranking at projector size: few columns, large type; hidden rows keep their place. */
export function RankingTable({ rows, hidden = () => false, caption }: Props) {
  if (rows.length === 0)
    return <p className="text-[clamp(1.5rem,4vh,3rem)] text-slate-300">Chưa có đơn vị nào được xếp hạng.</p>;
  return (
    <table className="w-full border-collapse text-left text-[clamp(1.1rem,3.4vh,2.6rem)]">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-[0.7em] uppercase tracking-wide text-amber-200">
        <tr className="border-b-2 border-slate-600">
          <th scope="col" className="py-[0.4em] pr-[1em]">
            Hạng
          </th>
          <th scope="col" className="py-[0.4em] pr-[1em]">
            Đơn vị
          </th>
          <th scope="col" className="py-[0.4em] pr-[1em] text-right">
            Tổng điểm
          </th>
          <th scope="col" className="py-[0.4em] pr-[1em] text-right">
            Tỷ lệ
          </th>
          <th scope="col" className="py-[0.4em]">
            Xếp loại
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) =>
          hidden(index) ? (
            <tr
              key={row.unitId}
              className="border-b border-slate-800 text-slate-600"
              data-testid="hidden-row"
            >
              <td className="py-[0.35em] pr-[1em]">{rankLabel(row.rank, row.sharedRank)}</td>
              <td className="py-[0.35em]" colSpan={4}>
                <span className="sr-only">Chưa công bố</span>
                <span aria-hidden>• • •</span>
              </td>
            </tr>
          ) : (
            <tr key={row.unitId} className="border-b border-slate-800" data-testid="ranking-row">
              <td className="py-[0.35em] pr-[1em] font-bold text-amber-300">
                {row.scored ? rankLabel(row.rank, row.sharedRank) : NO_SCORES_HEADING}
              </td>
              <th scope="row" className="py-[0.35em] pr-[1em] font-semibold">
                {row.name}
                {row.awards.length > 0 && (
                  <span className="ml-3 text-[0.65em] font-medium text-amber-200">
                    ★ {row.awards.join(", ")}
                  </span>
                )}
              </th>
              <td className="py-[0.35em] pr-[1em] text-right tabular-nums">{formatPoints(row.total)}</td>
              <td className="py-[0.35em] pr-[1em] text-right tabular-nums">
                {row.scored ? formatShare(row.percentOfMax) : "—"}
              </td>
              <td className="py-[0.35em] text-[0.8em]">{row.classification ?? "—"}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
