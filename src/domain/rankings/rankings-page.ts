import type { BlocYearStatusCode, GrantKindCode } from "@/domain/vocabulary";
import type { RankingView } from "./ranking-view";

/** One tab of a bloc-year's pages: its path segment under the year ("" for the overview). */
export type BlocYearTab = { segment: string; label: string };

/** What the frame of a bloc-year's pages says about the year. */
export type YearFrameFacts = {
  blocId: string;
  blocName: string;
  provinceName: string;
  year: number;
  status: BlocYearStatusCode;
};

/** What the signed-in frame shows of the user: no ids, no scopes. */
export type SignedInFrameFacts = {
  user: { displayName: string; grants: { kind: GrantKindCode }[] };
  showAdminLink: boolean;
};

/** Everything the rankings page shows, as the JSON its prerendered shell fetches. */
export type RankingsPageData = SignedInFrameFacts & {
  /** The year's id: its stream of changes keeps a provisional ranking current. */
  blocYearId: string;
  year: YearFrameFacts;
  tabs: BlocYearTab[];
  ranking: RankingView;
};
