import type { ConferenceData } from "@/domain/conference/conference-data";
import { rankLabel } from "@/domain/conference/display";
import { formatPoints } from "@/domain/format";
import { PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";
import { FitToHeight } from "./fit-to-height";
import { SlideHeading } from "./slide-heading";

/** Each award with the units recorded as proposed for it, with the proposal's status (never candidates). */
export function AwardsSlide({ data }: { data: ConferenceData }) {
  return (
    <FitToHeight>
      <section aria-labelledby="slide-heading" className="flex flex-col gap-[3vh]">
        <SlideHeading>Đề nghị khen thưởng năm {data.year}</SlideHeading>
        {data.awards.length === 0 ? (
          <p className="text-[clamp(1.4rem,4vh,6rem)] text-slate-300">Không có đề nghị nào.</p>
        ) : (
          <ul className="flex flex-col gap-[3vh]">
            {data.awards.map((award) => (
              <li key={award.awardCode}>
                <h2 className="text-[clamp(1.4rem,4.2vh,6.6rem)] font-semibold text-amber-300">
                  {award.awardName}
                </h2>
                <ul className="mt-[1vh] text-[clamp(1.2rem,3.6vh,5.6rem)]">
                  {award.units.map((unit) => (
                    <li key={unit.unitId}>
                      <span className="font-semibold">{unit.name}</span>
                      <span className="ml-4 text-slate-300">
                        {rankLabel(unit.rank, false)} · {formatPoints(unit.total)} điểm ·{" "}
                        {PROPOSAL_STATUS_LABEL[unit.status]}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </FitToHeight>
  );
}
