import type { ConferenceData } from "@/domain/conference/conference-data";
import { pageOf } from "@/domain/conference/paging";
import { isRowRevealed, type RevealStep } from "@/domain/conference/reveal";
import { CitationCard } from "./citation-card";
import { RankingTable } from "./ranking-table";
import { useRowCapacity } from "./use-row-capacity";

type Props = {
  data: ConferenceData;
  steps: RevealStep[];
  step: number;
  /** As many as fit on this screen, as last measured (onRowsFit). */
  rowsPerPage: number;
  onRowsFit(rows: number): void;
};

/**
 * Ranks appear from the last to the first; the page shown is the one holding the row revealed
 * last (the bottom page before anything is revealed), so a long table scrolls up as it fills and
 * the unit just announced is always on screen.
 */
export function RevealView({ data, steps, step, rowsPerPage, onRowsFit }: Props) {
  const area = useRowCapacity<HTMLElement>(onRowsFit);
  const { rows } = data;
  const current = steps[step] ?? { revealed: 0, citation: null };
  const focusIndex = current.revealed === 0 ? rows.length - 1 : rows.length - current.revealed;
  const page = pageOf(focusIndex, rowsPerPage);
  const offset = page * rowsPerPage;
  const pageRows = rows.slice(offset, offset + rowsPerPage);
  const latest = current.revealed > 0 ? rows[rows.length - current.revealed] : undefined;
  return (
    <section ref={area} aria-labelledby="reveal-heading" className="relative flex h-full flex-col gap-[2vh]">
      <h1 id="reveal-heading" className="text-[clamp(1.8rem,5.5vh,8.4rem)] font-bold">
        Kết quả xếp hạng năm {data.year}
      </h1>
      <p role="status" aria-live="polite" className="text-[clamp(1rem,2.6vh,4rem)] text-slate-300">
        {current.revealed === 0
          ? `Chuẩn bị công bố ${rows.length} thứ hạng, từ cuối lên đầu. Nhấn → hoặc Page Down để tiếp tục.`
          : `Đã công bố ${current.revealed}/${rows.length} thứ hạng${latest ? `: ${latest.name}` : ""}.`}
      </p>
      <RankingTable
        rows={pageRows}
        hidden={(index) => !isRowRevealed(offset + index, rows.length, current.revealed)}
        caption={`Xếp hạng năm ${data.year}, công bố dần từ cuối lên đầu`}
      />
      {current.citation && <CitationCard citation={current.citation} year={data.year} />}
    </section>
  );
}
