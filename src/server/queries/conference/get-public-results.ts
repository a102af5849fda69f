import "server-only";
import type { ConferenceResults } from "@/domain/conference/conference-data";
import { yearEndMembers } from "@/domain/membership";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadPublishedYearResult } from "@/server/queries/load-year-result";
import { conferenceResultsOf } from "./conference-results";

export type PublicResults = ConferenceResults & {
  bloc: { name: string; province: string };
  year: number;
  members: { unitId: string; name: string }[];
  reason: string | null;
};

/**
 * The results anyone may read without signing in: only a published year, and only what its
 * latest snapshot holds (bloc and member names included), never the live tables. The members
 * counted are those that closed the year, from the dates the snapshot froze (yearEndMembers).
 */
export async function getPublicResults(
  prisma: AppPrismaClient,
  where: { blocId: string; year: number },
): Promise<PublicResults | null> {
  const blocYear = await prisma.blocYear.findUnique({
    where: { blocId_year: where },
    select: { id: true, status: true },
  });
  const published = blocYear && (await loadPublishedYearResult(prisma, blocYear));
  if (!published) return null;
  const { content } = published;
  return {
    ...conferenceResultsOf(published),
    bloc: { name: content.bloc.name, province: content.bloc.province },
    year: content.year,
    members: yearEndMembers(content.members, content.year).map(({ unitId, name }) => ({ unitId, name })),
    reason: content.reason,
  };
}
