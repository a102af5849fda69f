import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { topEligibleRank } from "@/domain/awards/proposal-check";
import type { RankingResult } from "@/domain/scoring";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { yearEnd } from "@/domain/calendar";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { computeRanking } from "@/server/queries/compute-ranking";
import { engineRefusal } from "./engine-refusal";

/**
 * What the ballot-and-proposals page shows for an authorised bloc-year: members, flags, tallies,
 * proposals, the award catalogue and the engine's candidates (or why it could not rank).
 */
export async function getAwardsBoard(prisma: AppPrismaClient, blocYearId: string) {
  const row = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      year: true,
      rules: true,
      memberships: {
        select: {
          unitId: true,
          unit: NAMED_UNIT,
        },
      },
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
  const members = row.memberships
    .map((m) => ({
      unitId: m.unitId,
      name: storedNameOn(m.unit.names, yearEnd(row.year))?.name ?? m.unitId,
    }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const ranking = await rankingOrRefusal(prisma, blocYearId);
  const openFlags = new Set(
    row.eligibilityFlags.filter((flag) => flag.resolvedOn === null).map((flag) => flag.unitId),
  );
  return {
    members,
    awards: scoringRulesSchema.parse(row.rules).awards,
    flags: row.eligibilityFlags,
    tallies: row.ballotTallies,
    proposals: row.proposals,
    ranking,
    topEligibleRank: ranking.result ? topEligibleRank(ranking.result, openFlags) : null,
    openFlagUnitIds: [...openFlags],
  };
}

async function rankingOrRefusal(
  prisma: AppPrismaClient,
  blocYearId: string,
): Promise<{ result: RankingResult | null; asOf: string | null; refusal: string | null }> {
  try {
    const ranking = await engineRefusal(() => computeRanking(prisma, { blocYearId }));
    return { result: ranking.result, asOf: ranking.asOf, refusal: null };
  } catch (error) {
    if (error instanceof UserFacingError) return { result: null, asOf: null, refusal: error.message };
    throw error;
  }
}

export type AwardsBoard = Awaited<ReturnType<typeof getAwardsBoard>>;
