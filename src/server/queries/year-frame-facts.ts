import type { YearFrameFacts } from "@/domain/rankings/rankings-page";
import type { BlocYearHeader } from "./get-bloc-year-header";

export function yearFrameFactsOf(header: BlocYearHeader): YearFrameFacts {
  return {
    blocId: header.bloc.id,
    blocName: header.bloc.name,
    provinceName: header.bloc.province.name,
    year: header.year,
    status: header.status,
  };
}
