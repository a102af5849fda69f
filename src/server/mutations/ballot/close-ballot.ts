import "server-only";
import { countBallot, type BallotOutcome } from "@/domain/ballot";
import { BALLOT_CHOICE_LABEL } from "@/domain/vocabulary";
import type { BallotStepInput } from "@/schemas/ballot/ballot";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { auditChangedFields } from "@/server/mutations/awards/audit-fields";
import { recordAudit } from "@/server/mutations/record-audit";
import { loadYearMembers } from "@/server/queries/members/year-members";
import { lockOpenBallotForStep } from "./lock-ballot";

/**
 * Closes an open ballot: its codes stop working, the papers are counted against the rules'
 * quorum and each award's threshold, and a valid count becomes the year's ballot record (one
 * tally per candidate, audited) that the ranking and proposals read. The count is kept frozen.
 */
export async function closeBallot(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: BallotStepInput,
): Promise<BallotOutcome> {
  return prisma.$transaction(async (tx) => {
    const { blocYearId } = await lockOpenBallotForStep(tx, user, input);
    const counted = await countPapers(tx, blocYearId, input.ballotId);
    // Without a quorum the count has no value, and with few papers it would tell who chose what.
    const outcome = counted.quorumMet ? counted : { ...counted, candidates: [] };
    const names = await candidateNames(tx, blocYearId);
    await tx.ballot.update({
      where: { id: input.ballotId },
      data: { status: "CLOSED", closedAt: new Date(), outcome, version: { increment: 1 } },
    });
    if (outcome.quorumMet)
      for (const candidate of outcome.candidates)
        await storeTally(tx, user, { blocYearId, candidate, outcome, names });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId,
      entity: "Ballot",
      entityId: input.ballotId,
      action: "update",
      field: "result",
      newValue: describeOutcome(outcome, names),
    });
    return outcome;
  });
}

async function countPapers(tx: AppTransaction, blocYearId: string, ballotId: string): Promise<BallotOutcome> {
  const [candidates, electorate, papers, votes, year] = await Promise.all([
    tx.ballotCandidate.findMany({
      where: { ballotId },
      orderBy: { position: "asc" },
      select: { id: true, unitId: true, awardCode: true },
    }),
    tx.ballotCode.count({ where: { ballotId } }),
    tx.ballotPaper.count({ where: { ballotId } }),
    tx.ballotVote.findMany({ where: { paper: { ballotId } }, select: { candidateId: true, choice: true } }),
    tx.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { rules: true } }),
  ]);
  const rules = scoringRulesSchema.parse(year.rules);
  return countBallot({
    electorate,
    papers,
    quorum: rules.ballotQuorum,
    thresholds: new Map(rules.awards.map((award) => [award.code, award.ballotThreshold])),
    candidates: candidates.map(({ id, unitId, awardCode }) => ({ candidateId: id, unitId, awardCode })),
    votes,
  });
}

type Names = { unit: (unitId: string) => string; award: (awardCode: string) => string };

async function candidateNames(tx: AppTransaction, blocYearId: string): Promise<Names> {
  const [{ all }, { rules }] = await Promise.all([
    loadYearMembers(tx, blocYearId),
    tx.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { rules: true } }),
  ]);
  const awards = scoringRulesSchema.parse(rules).awards;
  return {
    unit: (unitId) => all.find((member) => member.unitId === unitId)?.name ?? "",
    award: (awardCode) => awards.find((award) => award.code === awardCode)?.name ?? awardCode,
  };
}

/** The candidate's tally as the meeting's record: agree out of the papers cast. */
async function storeTally(
  tx: AppTransaction,
  user: SessionUser,
  facts: {
    blocYearId: string;
    candidate: BallotOutcome["candidates"][number];
    outcome: BallotOutcome;
    names: Names;
  },
) {
  const { blocYearId, candidate, outcome, names } = facts;
  const key = { blocYearId, unitId: candidate.unitId, awardCode: candidate.awardCode };
  const before = await tx.ballotTally.findUnique({ where: { blocYearId_unitId_awardCode: key } });
  const values = { votesFor: candidate.agree, votersPresent: outcome.papers };
  const saved = await tx.ballotTally.upsert({
    where: { blocYearId_unitId_awardCode: key },
    create: { ...key, ...values },
    update: { ...values, version: { increment: 1 } },
    select: { id: true },
  });
  await auditChangedFields(
    tx,
    {
      actorId: user.id,
      blocYearId,
      entity: "BallotTally",
      entityId: saved.id,
      action: before ? "update" : "create",
      subject: `${names.award(candidate.awardCode)} · ${names.unit(candidate.unitId)}`,
      reason: "Kết quả kiểm phiếu bỏ phiếu kín",
    },
    { votesFor: before?.votesFor, votersPresent: before?.votersPresent },
    values,
  );
}

/** "7/8 đơn vị bỏ phiếu. Sở A – Cờ thi đua…: 6 đồng ý, 1 không đồng ý, 0 không có ý kiến (đạt)." */
export function describeOutcome(outcome: BallotOutcome, names: Names): string {
  const head = `${outcome.papers}/${outcome.electorate} đơn vị bỏ phiếu${outcome.quorumMet ? "" : ", không đủ túc số: kết quả không có giá trị"}.`;
  const lines = outcome.candidates.map(
    (candidate) =>
      `${names.unit(candidate.unitId)} – ${names.award(candidate.awardCode)}: ${candidate.agree} ${BALLOT_CHOICE_LABEL.AGREE.toLowerCase()}, ${candidate.disagree} ${BALLOT_CHOICE_LABEL.DISAGREE.toLowerCase()}, ${candidate.abstain} ${BALLOT_CHOICE_LABEL.ABSTAIN.toLowerCase()}${candidate.threshold === null ? "" : ` (${candidate.passed ? "đạt" : "không đạt"})`}.`,
  );
  return [head, ...lines].join(" ");
}
