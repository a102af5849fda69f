import "server-only";
import type { ConferenceBallot } from "@/domain/conference/conference-data";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppPrismaClient } from "@/server/database/connect";
import { getBallotBoard } from "@/server/queries/ballot/get-ballot-board";

/**
 * The year's latest phones' ballot for the conference screen: open (participation only) or
 * closed (the count); none when there is none or the latest was cancelled.
 */
export async function loadConferenceBallot(
  prisma: AppPrismaClient,
  blocYearId: string,
  unitName: (unitId: string) => string,
): Promise<ConferenceBallot | null> {
  const ballot = await getBallotBoard(prisma, blocYearId);
  if (!ballot || ballot.status === "CANCELLED") return null;
  const { rules } = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { rules: true },
  });
  const awards = scoringRulesSchema.parse(rules).awards;
  const awardName = (code: string) => awards.find((award) => award.code === code)?.name ?? code;
  const { outcome } = ballot;
  return {
    status: ballot.status,
    voted: outcome?.papers ?? ballot.used,
    electorate: ballot.electorate,
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
