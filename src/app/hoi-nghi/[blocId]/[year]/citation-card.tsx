import { rankLabel } from "@/domain/conference/display";
import type { Citation } from "@/domain/conference/reveal";
import { formatPoints } from "@/domain/format";

/** The award moment of the reveal: the unit, its rank and points, and the award it is proposed for. */
export function CitationCard({ citation, year }: { citation: Citation; year: number }) {
  return (
    <div className="absolute inset-0 flex items-center justify-center bg-slate-950/90">
      <article
        aria-labelledby="citation-award"
        className="mx-[4vw] max-w-[80vw] rounded-2xl border-4 border-amber-300 bg-linear-to-b from-red-900 to-red-950 px-[5vw] py-[5vh] text-center shadow-2xl"
      >
        <p className="text-[clamp(1rem,2.8vh,4.4rem)] uppercase tracking-widest text-amber-200">
          Đề nghị khen thưởng năm {year}
        </p>
        <h2 id="citation-award" className="mt-[2vh] text-[clamp(1.6rem,5vh,8rem)] font-bold text-amber-300">
          {citation.awardName}
        </h2>
        <p className="mt-[3vh] text-[clamp(2rem,7vh,11rem)] font-bold leading-tight text-white">
          {citation.unitName}
        </p>
        <p className="mt-[2vh] text-[clamp(1.2rem,3.5vh,5.6rem)] text-amber-100">
          {rankLabel(citation.rank, false)} · {formatPoints(citation.total)} điểm
        </p>
      </article>
    </div>
  );
}
