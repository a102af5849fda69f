import type { YearResult } from "@/server/queries/load-year-result";

import type { RankingSection } from "@/domain/rankings/ranking-view";

/** What a ranking page says about its figures: where they come from, as of when, and their sections. */
export type RankingHeader = {
  kind: "published" | "provisional";
  /** Set for a published source: the snapshot's number and time. */
  snapshot: { number: number; publishedAt: Date } | null;
  asOf: string;
  maxPoints: number;
  sections: RankingSection[];
};

export function rankingHeaderOf(year: YearResult): RankingHeader {
  const { source } = year;
  return {
    kind: source.kind === "snapshot" ? "published" : "provisional",
    snapshot: source.kind === "snapshot" ? { number: source.number, publishedAt: source.publishedAt } : null,
    asOf: year.asOf,
    maxPoints: year.result.maxPoints,
    sections: year.criteria
      .filter((criterion) => criterion.parentId === null)
      .sort((a, b) => a.position - b.position)
      .map(({ id, code, title, kind, maxPoints }) => ({ id, code, title, kind, maxPoints })),
  };
}
