import type { ConferenceRow } from "@/domain/conference/conference-data";
import { rankLabel } from "@/domain/conference/display";
import { formatPoints, formatShare, NO_SCORES_HEADING, scoredFigure } from "@/domain/format";

type Props = {
  rows: ConferenceRow[];
  /** Whether the row (by its index in `rows`) is still hidden in the reveal. */
  hidden?: (index: number) => boolean;
  caption: string;
};

// Every row is one line of the same height, so the screen can count how many fit (use-row-capacity):
// a long name or award ends in "…" only when wider than the name column, which gets all the width
// the narrow number and grade columns leave (the award's full name is on the citation card).
const CELL = "overflow-hidden py-[0.35em] pr-[0.6em] text-ellipsis whitespace-nowrap";
const PHONE_HIDDEN = "max-sm:hidden";

/** The ranking at projector size: few columns, large type; hidden rows keep their place. */
export function RankingTable({ rows, hidden = () => false, caption }: Props) {
  if (rows.length === 0)
    return <p className="text-[clamp(1.5rem,4vh,6rem)] text-slate-300">Chưa có đơn vị nào được xếp hạng.</p>;
  return (
    <table className="w-full table-fixed border-collapse text-left text-[length:clamp(1rem,min(3vh,1.85vw),5rem)] leading-snug">
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        {/* Numbers and grades narrow; the name column takes the rest. */}
        <col className="w-[6.2em]" />
        <col />
        <col className="w-[4.4em]" />
        {/* A phone keeps rank, name and total: five columns would leave the name none. */}
        <col className={`w-[5.2em] ${PHONE_HIDDEN}`} />
        <col className={`w-[7.6em] ${PHONE_HIDDEN}`} />
      </colgroup>
      <thead className="text-[0.7em] uppercase tracking-wide text-amber-200">
        <tr className="border-b-2 border-slate-600">
          <th scope="col" className="py-[0.4em] pr-[0.6em]">
            Hạng
          </th>
          <th scope="col" className="py-[0.4em] pr-[0.6em]">
            Đơn vị
          </th>
          {/* One line: the heading may reach into the name column's empty heading space. */}
          <th scope="col" className="py-[0.4em] pr-[0.6em] text-right whitespace-nowrap">
            Tổng điểm
          </th>
          <th scope="col" className={`py-[0.4em] pr-[0.6em] text-right ${PHONE_HIDDEN}`}>
            Tỷ lệ
          </th>
          <th scope="col" className={`py-[0.4em] ${PHONE_HIDDEN}`}>
            Xếp loại
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) =>
          hidden(index) ? (
            // slate-400 on the screen's slate-950: 7.5:1, readable from the back of the hall.
            <tr
              key={row.unitId}
              className="border-b border-slate-800 text-slate-400"
              data-testid="hidden-row"
            >
              {/* A unit without scores has no rank to hold back: its place says so ahead of time. */}
              <td className={CELL}>{row.scored ? rankLabel(row.rank, row.sharedRank) : "—"}</td>
              <td className={CELL} colSpan={4}>
                <span className="sr-only">Chưa công bố</span>
                <span aria-hidden>• • •</span>
              </td>
            </tr>
          ) : (
            <tr key={row.unitId} className="border-b border-slate-800" data-testid="ranking-row">
              {/* "Chưa có điểm" smaller and plain, so the narrow rank column holds it whole. */}
              <td
                className={`${CELL} ${row.scored ? "font-bold text-amber-300" : "text-[0.8em] text-slate-300"}`}
              >
                {row.scored ? rankLabel(row.rank, row.sharedRank) : NO_SCORES_HEADING}
              </td>
              <th scope="row" className="py-[0.35em] pr-[0.6em] font-semibold">
                <UnitName row={row} />
              </th>
              <td className={`${CELL} text-right tabular-nums`}>
                {scoredFigure(row.scored, formatPoints(row.total))}
              </td>
              <td className={`${CELL} text-right tabular-nums ${PHONE_HIDDEN}`}>
                {scoredFigure(row.scored, formatShare(row.percentOfMax))}
              </td>
              {/* Small and tight, a grade takes two balanced lines ("Hoàn thành tốt / nhiệm vụ") within a row's height. */}
              <td className={`text-[0.7em] leading-tight ${PHONE_HIDDEN}`}>
                <span className="line-clamp-2 text-balance">
                  {scoredFigure(row.scored, row.classification ?? "—")}
                </span>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/**
 * The name first, whole unless it is wider than the column; the awards take what is left. (A
 * shrinking name would lose whole letters to "…" for a fraction of a pixel.)
 */
function UnitName({ row }: { row: ConferenceRow }) {
  return (
    <div className="flex min-w-0 items-baseline gap-[0.5em] whitespace-nowrap">
      <span className="max-w-full shrink-0 truncate" data-testid="unit-name">
        {row.name}
      </span>
      {row.awards.length > 0 && (
        <span className="min-w-0 truncate text-[0.65em] font-medium text-amber-200" data-testid="unit-awards">
          ★ {row.awards.join(", ")}
        </span>
      )}
    </div>
  );
}
