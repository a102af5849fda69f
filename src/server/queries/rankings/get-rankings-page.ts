import "server-only";
import { rankingViewOf } from "@/domain/rankings/ranking-view";
import type { RankingsPageData, SignedInFrameFacts } from "@/domain/rankings/rankings-page";
import type { SessionUser } from "@/server/auth/session-user";
import { mayAdministerProvince, mayViewYear } from "@/server/authz";
import { yearTabsFor } from "@/server/navigation/year-tabs";
import type { YearResultLoader } from "@/server/queries/load-year-result";
import { rankingOfViewableYear } from "./get-bloc-ranking";
import type { YearFrameLoader } from "./year-frame";

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
export async function getRankingsPage(options: {
  user: SessionUser;
  blocId: string;
  year: number;
  loadFrame: YearFrameLoader;
  loadYear: YearResultLoader;
}): Promise<RankingsPageData | null> {
  const { user } = options;
  const found = await options.loadFrame({ blocId: options.blocId, year: options.year });
  if (!found || !mayViewYear(user, found.access)) return null;
  const ranking = await rankingOfViewableYear(user, { id: found.id, ...found.access }, options.loadYear);
  return {
    ...signedInFrameFactsOf(user),
    blocYearId: found.id,
    year: found.frame,
    tabs: yearTabsFor(user, found.access),
    ranking: rankingViewOf(ranking),
  };
}
