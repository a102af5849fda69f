import "server-only";
import { proposalRefusal } from "@/domain/awards/proposal-check";
import type { AwardRule, RankingResult } from "@/domain/scoring";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { computeRanking } from "@/server/queries/compute-ranking";
import { engineRefusal } from "@/server/queries/awards/engine-refusal";

/**
 * Checks a proposal against the engine's ranking (computed inside the same transaction, so it
 * sees what the proposal is judged on) and the flags still open today. Returns the candidacy
 * message the engine gave, kept on the proposal as its justification.
 */
export async function assertMayPropose(
  tx: AppTransaction,
  target: {
    blocYearId: string;
    unitId: string;
    award: AwardRule;
    catalogue: AwardRule[];
    exceptProposalId?: string;
  },
): Promise<string | null> {
  const ranking = await engineRefusal(() => computeRanking(tx, { blocYearId: target.blocYearId }));
  const flags = await tx.eligibilityFlag.findMany({
    where: { blocYearId: target.blocYearId, resolvedOn: null },
    select: { unitId: true },
  });
  const standing = await tx.awardProposal.findMany({
    where: {
      blocYearId: target.blocYearId,
      status: { in: ["PROPOSED", "APPROVED"] },
      ...(target.exceptProposalId && { id: { not: target.exceptProposalId } }),
    },
    select: { unitId: true, awardCode: true },
  });
  const names = new Map(target.catalogue.map((award) => [award.code, award.name]));
  const refusal = proposalRefusal({
    unitId: target.unitId,
    award: target.award,
    ranking: ranking.result,
    flaggedUnitIds: new Set(flags.map((flag) => flag.unitId)),
    standing: standing.map((proposal) => ({
      ...proposal,
      awardName: names.get(proposal.awardCode) ?? proposal.awardCode,
    })),
  });
  if (refusal) throw new UserFacingError(refusal);
  return candidacyMessage(ranking.result, target.unitId, target.award.code);
}

function candidacyMessage(result: RankingResult, unitId: string, awardCode: string): string | null {
  const candidacy = result.units
    .find((unit) => unit.unitId === unitId)
    ?.awards.find((award) => award.awardCode === awardCode);
  return candidacy ? candidacy.reasons.map((reason) => reason.message).join(" ") : null;
}
