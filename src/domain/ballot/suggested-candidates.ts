import type { CandidacyReasonCode, RankingResult } from "@/domain/scoring";

/** Reasons that keep a unit from an award whatever the ballot says. */
const BLOCKING: ReadonlySet<CandidacyReasonCode> = new Set([
  "underDisciplinaryReview",
  "underInvestigation",
  "underInspection",
  "unresolvedComplaint",
  "notTopRankedEligible",
  "belowClassification",
  "outsideQuota",
]);

/**
 * The pairs the ballot is for, as the engine sees them before it: for each award that asks for a
 * vote, the units that would be candidates if the vote passed (the ballot confirms the ranking,
 * it does not replace it). "unitId:awardCode", the form's checkbox values.
 */
export function suggestedBallotCandidates(
  ranking: RankingResult,
  awardsWithBallot: readonly string[],
): string[] {
  return awardsWithBallot.flatMap((awardCode) =>
    ranking.units
      .filter((unit) =>
        unit.awards.some(
          (candidacy) =>
            candidacy.awardCode === awardCode &&
            !candidacy.reasons.some((reason) => BLOCKING.has(reason.code)),
        ),
      )
      .map((unit) => `${unit.unitId}:${awardCode}`),
  );
}
