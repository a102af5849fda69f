import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed, managesYear, YEAR_VISIBILITY_SELECT, yearVisibility } from "@/server/authz";
import { db } from "@/server/db";
import { DISPUTE_WINDOW_SELECT, disputeWindowOf } from "@/server/mappers/dispute-window";

/**
 * The bloc-year every page under /khoi/[blocId]/[year] starts from, or null when it does not
 * exist or is not the user's to see. Cached per request: the layout and the page share it.
 */
export const getBlocYearHeader = cache(async (user: SessionUser, blocId: string, year: number) => {
  const row = await db.blocYear.findFirst({
    where: { blocId, year, AND: [blocYearsAllowed(user, "view")] },
    select: {
      id: true,
      year: true,
      version: true,
      correctionReason: true,
      ...DISPUTE_WINDOW_SELECT,
      ...YEAR_VISIBILITY_SELECT,
      bloc: {
        select: {
          id: true,
          code: true,
          name: true,
          province: { select: { name: true } },
          ...YEAR_VISIBILITY_SELECT.bloc.select,
        },
      },
    },
  });
  if (!row) return null;
  const { roles: _heads, disputeOpensOn: _opens, disputeClosesOn: _closes, ...header } = row;
  const visibility = yearVisibility(row);
  return {
    ...header,
    ...visibility,
    disputeWindow: disputeWindowOf(row),
    canManage: managesYear(user, visibility),
  };
});

export type BlocYearHeader = NonNullable<Awaited<ReturnType<typeof getBlocYearHeader>>>;
