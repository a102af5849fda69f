import "server-only";
import { topEligibleRank } from "@/domain/awards/proposal-check";
import type { RankingResult } from "@/domain/scoring";
import { yearEndMembers } from "@/domain/membership";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { maySeeUnit, seesOtherUnits, YEAR_VISIBILITY_SELECT, yearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { computeRanking } from "@/server/queries/compute-ranking";
import { loadYearMembers, rankedYearMembers } from "@/server/queries/members/year-members";
import { engineRefusal } from "./engine-refusal";

/**
 * What the ballot-and-proposals page shows for an authorised bloc-year: the units the year ranks
 * (ballot rows, flags), how many members vote (those that closed the year: "khối có N thành
 * viên", the quorum), every membership's name (for records about a unit that left), flags,
 * tallies, proposals, the award catalogue and the engine's candidates (or why it could not rank).
 * The candidates are ranks and totals of every unit: withheld, without running the engine, from
 * whoever may not see other units' provisional figures (authz/visibility.ts); such a viewer gets
 * the flags, tallies and proposals of their own units only.
 */
export async function getAwardsBoard(
  prisma: AppPrismaClient,
  { blocYearId, user }: { blocYearId: string; user: SessionUser },
) {
  const row = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      rules: true,
      ...YEAR_VISIBILITY_SELECT,
      eligibilityFlags: {
        orderBy: { since: "desc" },
        select: { id: true, unitId: true, kind: true, note: true, since: true, resolvedOn: true },
      },
      ballotTallies: {
        select: {
          id: true,
          unitId: true,
          awardCode: true,
          votesFor: true,
          votersPresent: true,
          version: true,
        },
      },
      proposals: {
        select: {
          id: true,
          unitId: true,
          awardCode: true,
          status: true,
          decisionNumber: true,
          decisionDate: true,
          eligibilityReason: true,
          version: true,
        },
      },
    },
  });
  const visibility = yearVisibility(row);
  // Others' flags, votes and proposals (whose reasons cite ranks) are their figures too.
  const visible = (record: { unitId: string }) => maySeeUnit(user, visibility, record.unitId);
  const yearMembers = await loadYearMembers(prisma, blocYearId);
  const members = rankedYearMembers(yearMembers).map(({ unitId, name }) => ({ unitId, name }));
  const ranking = seesOtherUnits(user, visibility) ? await rankingOrRefusal(prisma, blocYearId) : WITHHELD;
  const openFlags = new Set(
    row.eligibilityFlags.filter((flag) => flag.resolvedOn === null).map((flag) => flag.unitId),
  );
  return {
    members,
    voters: yearEndMembers(yearMembers.all, yearMembers.year).length,
    names: Object.fromEntries(yearMembers.all.map((member) => [member.unitId, member.name])),
    awards: scoringRulesSchema.parse(row.rules).awards,
    flags: row.eligibilityFlags.filter(visible),
    tallies: row.ballotTallies.filter(visible),
    proposals: row.proposals.filter(visible),
    ranking,
    topEligibleRank: ranking.result ? topEligibleRank(ranking.result, openFlags) : null,
    openFlagUnitIds: [...openFlags].filter((unitId) => visible({ unitId })),
  };
}

type BoardRanking = {
  result: RankingResult | null;
  asOf: string | null;
  refusal: string | null;
  /** True when the viewer may not see other units' provisional figures. */
  withheld: boolean;
};

const WITHHELD: BoardRanking = { result: null, asOf: null, refusal: null, withheld: true };

async function rankingOrRefusal(prisma: AppPrismaClient, blocYearId: string): Promise<BoardRanking> {
  try {
    const ranking = await engineRefusal(() => computeRanking(prisma, { blocYearId }));
    return { result: ranking.result, asOf: ranking.asOf, refusal: null, withheld: false };
  } catch (error) {
    if (error instanceof UserFacingError)
      return { result: null, asOf: null, refusal: error.message, withheld: false };
    throw error;
  }
}

export type AwardsBoard = Awaited<ReturnType<typeof getAwardsBoard>>;
