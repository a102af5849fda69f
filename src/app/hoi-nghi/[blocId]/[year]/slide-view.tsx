import type { ConferenceData } from "@/domain/conference/conference-data";
import type { Slide } from "@/domain/conference/slides";
import { AwardsSlide } from "./awards-slide";
import { MembersSlide } from "./members-slide";
import { NextYearSlide } from "./next-year-slide";
import { RankingTable } from "./ranking-table";
import { SlideHeading } from "./slide-heading";
import { useRowCapacity } from "./use-row-capacity";

/** The tables that page, each reporting how many of its rows fit on this screen. */
export type RowsFit = { members(rows: number): void; ranking(rows: number): void };

type Props = { data: ConferenceData; slide: Slide; onRowsFit: RowsFit };

/** One slide of the deck, in the agenda's order (slides.ts). */
export function SlideView({ data, slide, onRowsFit }: Props) {
  switch (slide.kind) {
    case "title":
      return <TitleSlide data={data} />;
    case "members":
      return <MembersSlide data={data} slide={slide} onRowsFit={onRowsFit.members} />;
    case "ranking":
      return <RankingSlide data={data} slide={slide} onRowsFit={onRowsFit.ranking} />;
    case "awards":
      return <AwardsSlide data={data} />;
    case "nextYear":
      return <NextYearSlide data={data} />;
  }
}

type RankingProps = {
  data: ConferenceData;
  slide: Extract<Slide, { kind: "ranking" }>;
  onRowsFit(rows: number): void;
};

function RankingSlide({ data, slide, onRowsFit }: RankingProps) {
  const area = useRowCapacity<HTMLElement>(onRowsFit);
  return (
    <section ref={area} aria-labelledby="slide-heading" className="flex h-full flex-col gap-[3vh]">
      <SlideHeading page={slide}>Kết quả xếp hạng năm {data.year}</SlideHeading>
      <RankingTable rows={slide.rows} caption={`Xếp hạng năm ${data.year}`} />
    </section>
  );
}

function TitleSlide({ data }: { data: ConferenceData }) {
  return (
    <section
      aria-labelledby="slide-heading"
      className="flex h-full flex-col items-center justify-center gap-[3vh] text-center"
    >
      <p className="text-[clamp(1.2rem,3.5vh,5.6rem)] uppercase tracking-widest text-amber-200">
        {data.bloc.province}
      </p>
      <h1 id="slide-heading" className="max-w-[85vw] text-[clamp(2.2rem,8vh,13rem)] font-bold leading-tight">
        {data.bloc.name}
      </h1>
      <p className="text-[clamp(1.6rem,5.5vh,9rem)] font-semibold text-amber-300">
        Hội nghị tổng kết công tác thi đua năm {data.year}
      </p>
      <p className="text-[clamp(1rem,3vh,4.8rem)] text-slate-300">
        {data.source.kind === "snapshot"
          ? "Kết quả chính thức đã công bố"
          : "Kết quả tạm tính, cập nhật trực tiếp"}
      </p>
    </section>
  );
}
