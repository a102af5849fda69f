import type { YearFrameFacts } from "@/domain/rankings/rankings-page";

/** A bloc-year row with its bloc and province names (the year header, a kept year frame). */
type YearFrameRow = Pick<YearFrameFacts, "year" | "status"> & {
  bloc: { id: string; name: string; province: { name: string } };
};

export function yearFrameFactsOf(header: YearFrameRow): YearFrameFacts {
  return {
    blocId: header.bloc.id,
    blocName: header.bloc.name,
    provinceName: header.bloc.province.name,
    year: header.year,
    status: header.status,
  };
}
