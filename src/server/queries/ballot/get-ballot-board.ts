import "server-only";
import type { BallotOutcome } from "@/domain/ballot";
import type { BallotStatusCode } from "@/domain/vocabulary/codes";
import type { AppPrismaClient } from "@/server/database/connect";

export type BallotBoard = {
  id: string;
  status: BallotStatusCode;
  version: number;
  openedAt: string;
  cancelReason: string | null;
  candidates: { id: string; unitId: string; awardCode: string }[];
  /** Member units with their codes: the attendance sheet. Only while the ballot is open. */
  codes: { unitId: string; code: string }[];
  electorate: number;
  used: number;
  outcome: BallotOutcome | null;
};

/**
 * The year's latest ballot for its managers (the caller has authorised them): while open, its
 * codes and how many were used, never which; once closed, the frozen count. Null before any.
 */
export async function getBallotBoard(
  prisma: AppPrismaClient,
  blocYearId: string,
): Promise<BallotBoard | null> {
  const ballot = await prisma.ballot.findFirst({
    where: { blocYearId },
    orderBy: { openedAt: "desc" },
    select: {
      id: true,
      status: true,
      version: true,
      openedAt: true,
      cancelReason: true,
      outcome: true,
      candidates: { orderBy: { position: "asc" }, select: { id: true, unitId: true, awardCode: true } },
      codes: { select: { unitId: true, code: true, used: true } },
    },
  });
  if (!ballot) return null;
  return {
    id: ballot.id,
    status: ballot.status,
    version: ballot.version,
    openedAt: ballot.openedAt.toISOString(),
    cancelReason: ballot.cancelReason,
    candidates: ballot.candidates,
    codes: ballot.status === "OPEN" ? ballot.codes.map(({ unitId, code }) => ({ unitId, code })) : [],
    electorate: ballot.codes.length,
    used: ballot.codes.filter((code) => code.used).length,
    outcome: ballot.outcome as BallotOutcome | null,
  };
}
