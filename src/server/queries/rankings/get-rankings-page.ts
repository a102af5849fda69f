import "server-only";
import type { BlocYearTab } from "@/components/bloc-year-tabs";
import type { YearFrameFacts } from "@/components/year-frame";
import type { GrantKindCode } from "@/domain/vocabulary";
import type { SessionUser } from "@/server/auth/session-user";
import { mayAdministerProvince } from "@/server/authz";
import { yearTabsFor } from "@/server/navigation/year-tabs";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import type { YearResultLoader } from "@/server/queries/load-year-result";
import { yearFrameFactsOf } from "@/server/queries/year-frame-facts";
import { rankingOfViewableYear } from "./get-bloc-ranking";
import { rankingViewOf, type RankingView } from "./ranking-view";

/** What the signed-in frame shows of the user: no ids, no scopes. */
export type SignedInFrameFacts = {
  user: { displayName: string; grants: { kind: GrantKindCode }[] };
  showAdminLink: boolean;
};

/** Everything the rankings page shows, as JSON for its prerendered shell. */
export type RankingsPageData = SignedInFrameFacts & {
  year: YearFrameFacts;
  tabs: BlocYearTab[];
  ranking: RankingView;
};

export function signedInFrameFactsOf(user: SessionUser): SignedInFrameFacts {
  return {
    user: { displayName: user.displayName, grants: user.grants.map(({ kind }) => ({ kind })) },
    showAdminLink: mayAdministerProvince(user),
  };
}

/**
 * The rankings page of one bloc-year as this user may see it (the same rules as every year page:
 * the year must be theirs to view, rows only of units they may see), or null.
 */
export async function getRankingsPage(
  user: SessionUser,
  where: { blocId: string; year: number },
  loadYear: YearResultLoader,
): Promise<RankingsPageData | null> {
  const header = await getBlocYearHeader(user, where.blocId, where.year);
  if (!header) return null;
  const ranking = await rankingOfViewableYear(user, header, loadYear);
  return {
    ...signedInFrameFactsOf(user),
    year: yearFrameFactsOf(header),
    tabs: yearTabsFor(user, header),
    ranking: rankingViewOf(ranking),
  };
}
