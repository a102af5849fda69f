import "server-only";
import type { BallotOutcome } from "@/domain/ballot";
import type { ConferenceBallot } from "@/domain/conference/conference-data";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * The year's latest phones' ballot for the conference screen: open (participation only) or
 * closed (the count); none when there is none or the latest was cancelled.
 */
export async function loadConferenceBallot(
  prisma: AppPrismaClient,
  blocYearId: string,
  unitName: (unitId: string) => string,
): Promise<ConferenceBallot | null> {
  const ballot = await prisma.ballot.findFirst({
    where: { blocYearId },
    orderBy: { openedAt: "desc" },
    select: {
      id: true,
      status: true,
      outcome: true,
      blocYear: { select: { rules: true } },
      candidates: { orderBy: { position: "asc" }, select: { unitId: true, awardCode: true } },
      _count: { select: { codes: true } },
    },
  });
  if (!ballot || ballot.status === "CANCELLED") return null;
  const voted = await prisma.ballotCode.count({ where: { ballotId: ballot.id, used: true } });
  const awards = scoringRulesSchema.parse(ballot.blocYear.rules).awards;
  const awardName = (code: string) => awards.find((award) => award.code === code)?.name ?? code;
  const outcome = ballot.outcome as BallotOutcome | null;
  return {
    status: ballot.status,
    voted: outcome?.papers ?? voted,
    electorate: ballot._count.codes,
    candidates: ballot.candidates.map((c) => ({
      unitName: unitName(c.unitId),
      awardName: awardName(c.awardCode),
    })),
    outcome: outcome && {
      quorumMet: outcome.quorumMet,
      rows: outcome.candidates.map((c) => ({
        unitName: unitName(c.unitId),
        awardName: awardName(c.awardCode),
        agree: c.agree,
        disagree: c.disagree,
        abstain: c.abstain,
        passed: c.threshold === null ? null : c.passed,
      })),
    },
  };
}
