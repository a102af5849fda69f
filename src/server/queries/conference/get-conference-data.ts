import "server-only";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { restrictToUnit } from "@/domain/conference/results-table";
import type { SessionUser } from "@/server/auth/session-user";
import { seesOtherUnits, type YearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearResult, type YearResultLoader } from "@/server/queries/load-year-result";
import { conferenceResultsOf } from "./conference-results";
import { loadConferenceYear } from "./load-conference-year";

export type ConferenceYearKey = { blocId: string; year: number } | { blocYearId: string };

/** The whole screen's data as any viewer with every right would see it, plus what authorising needs. */
export type FullConferenceData = {
  data: ConferenceData;
  status: YearVisibility["status"];
  membersSeeProvisional: boolean;
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
  const results = conferenceResultsOf(await loadYear(year));
  return {
    data: { ...year.facts, ...results },
    status: year.status,
    membersSeeProvisional: year.membersSeeProvisional,
    nextYearId: year.nextYearId,
  };
}

/** A leader of a year whose members may not see each other's provisional scores sees their own row. */
export function visibleTo(user: SessionUser, full: FullConferenceData): ConferenceData {
  return seesOtherUnits(user, full) ? full.data : { ...full.data, ...restrictToUnit(full.data, user.unitId) };
}

/**
 * Everything the conference screen, the minutes and the export show, or null when the bloc-year
 * does not exist or the user may not view it. A published year's results come from its latest
 * snapshot only; the rest (members, pledge, next year's roles) are not results and are read live.
 */
export async function getConferenceData(
  prisma: AppPrismaClient,
  user: SessionUser,
  key: ConferenceYearKey,
): Promise<ConferenceData | null> {
  const full = await loadFullConferenceData(prisma, user, key);
  return full && visibleTo(user, full);
}
