import type { ConferenceResults } from "@/domain/conference/conference-data";
import { buildResults } from "@/domain/conference/results-table";
import type { YearResult } from "@/server/queries/load-year-result";

/** The results table the screen, the minutes, the export and the public page show. */
export function conferenceResultsOf(year: YearResult): ConferenceResults {
  const { source } = year;
  return buildResults({
    source:
      source.kind === "snapshot"
        ? { kind: "snapshot", number: source.number, publishedAt: source.publishedAt.toISOString() }
        : { kind: "live", asOf: year.asOf },
    result: year.result,
    criteria: year.criteria,
    proposals: year.proposals,
  });
}
