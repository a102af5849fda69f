import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { FitToHeight } from "./fit-to-height";
import { SlideHeading } from "./slide-heading";

/** The head and deputies elected for next year (the roles of bloc-year N+1). */
export function NextYearSlide({ data }: { data: ConferenceData }) {
  const nextYear = data.year + 1;
  const roles = data.nextYear?.roles ?? [];
  return (
    <FitToHeight>
      <section aria-labelledby="slide-heading" className="flex flex-col gap-[3vh]">
        <SlideHeading>Trưởng khối, phó trưởng khối năm {nextYear}</SlideHeading>
        {roles.length === 0 ? (
          <p className="text-[clamp(1.4rem,4vh,6rem)] text-slate-300">
            Chưa có kết quả bầu trưởng khối, phó trưởng khối năm {nextYear}.
          </p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-[3vw] gap-y-[2.5vh] text-[clamp(1.4rem,4.5vh,7.2rem)]">
            {roles.map((role) => (
              <div key={`${role.role}-${role.name}`} className="contents">
                <dt className="text-amber-300">{BLOC_ROLE_LABEL[role.role]}</dt>
                <dd className="font-semibold">{role.name}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </FitToHeight>
  );
}
