import "server-only";
import { rankingViewOf } from "@/domain/rankings/ranking-view";
import type { RankingsPageData, SignedInFrameFacts } from "@/domain/rankings/rankings-page";
import type { SessionUser } from "@/server/auth/session-user";
import {
  blocYearsAllowed,
  mayAdministerProvince,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { yearTabsFor } from "@/server/navigation/year-tabs";
import type { YearResultLoader } from "@/server/queries/load-year-result";
import { rankingOfViewableYear } from "./get-bloc-ranking";

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
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocId: string; year: number; loadYear: YearResultLoader },
): Promise<RankingsPageData | null> {
  const { user, blocId, year } = options;
  const row = await prisma.blocYear.findFirst({
    where: { blocId, year, AND: [blocYearsAllowed(user, "view")] },
    select: {
      id: true,
      year: true,
      ...YEAR_VISIBILITY_SELECT,
      bloc: {
        select: {
          id: true,
          name: true,
          province: { select: { name: true } },
          ...YEAR_VISIBILITY_SELECT.bloc.select,
        },
      },
    },
  });
  if (!row) return null;
  const visibility = yearVisibility(row);
  const ranking = await rankingOfViewableYear(user, { id: row.id, ...visibility }, options.loadYear);
  return {
    ...signedInFrameFactsOf(user),
    year: {
      blocId: row.bloc.id,
      blocName: row.bloc.name,
      provinceName: row.bloc.province.name,
      year: row.year,
      status: row.status,
    },
    tabs: yearTabsFor(user, visibility),
    ranking: rankingViewOf(ranking),
  };
}
