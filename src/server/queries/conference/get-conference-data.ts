import "server-only";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { conferenceFactsOfSnapshot } from "@/domain/conference/conference-facts";
import { restrictToUnit } from "@/domain/conference/results-table";
import type { SessionUser } from "@/server/auth/session-user";
import { ownUnitIds, seesOtherUnits, type YearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearResult, type YearResultLoader } from "@/server/queries/load-year-result";
import { conferenceResultsOf } from "./conference-results";
import { loadConferenceYear } from "./load-conference-year";

export type ConferenceYearKey = { blocId: string; year: number } | { blocYearId: string };

/** The whole screen's data as any viewer with every right would see it, plus what authorising needs. */
export type FullConferenceData = YearVisibility & {
  data: ConferenceData;
  nextYearId: string | null;
};

/** Loads the full data of a bloc-year the user may view, or null (the authorisation is in the query). */
export async function loadFullConferenceData(
  prisma: AppPrismaClient,
  user: SessionUser,
  key: ConferenceYearKey,
  loadYear: YearResultLoader = (blocYear) => loadYearResult(prisma, blocYear),
): Promise<FullConferenceData | null> {
  const year = await loadConferenceYear(prisma, { user, ...key });
  if (!year) return null;
  const yearResult = await loadYear(year);
  const { content } = yearResult;
  // A published year is shown from its snapshot alone, so later edits (next year's roles, a
  // renamed unit, a new proposal) never reach its documents; nothing live is left to watch.
  const facts = content ? conferenceFactsOfSnapshot(year.id, content) : year.facts;
  return {
    data: { ...facts, ...conferenceResultsOf(yearResult) },
    status: year.status,
    membersSeeProvisional: year.membersSeeProvisional,
    blocId: year.blocId,
    provinceId: year.provinceId,
    staffedByUnitId: year.staffedByUnitId,
    nextYearId: content ? null : year.nextYearId,
  };
}

/** A leader of a year whose members may not see each other's provisional scores sees their own rows. */
export function visibleTo(user: SessionUser, full: FullConferenceData): ConferenceData {
  return seesOtherUnits(user, full)
    ? full.data
    : {
        ...full.data,
        ...restrictToUnit(full.data, ownUnitIds(user)),
        // How many have voted is the hall's; the count names other units' votes.
        ballot: full.data.ballot && { ...full.data.ballot, outcome: null },
      };
}

/**
 * Everything the conference screen, the minutes and the export show, or null when the bloc-year
 * does not exist or the user may not view it. A published year comes from its latest snapshot
 * only (results, members, roles, pledge, next year's roles, proposals); other years are live.
 */
export async function getConferenceData(
  prisma: AppPrismaClient,
  user: SessionUser,
  key: ConferenceYearKey,
): Promise<ConferenceData | null> {
  const full = await loadFullConferenceData(prisma, user, key);
  return full && visibleTo(user, full);
}
