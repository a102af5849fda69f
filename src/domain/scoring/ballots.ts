import { ScoringInputError } from "./errors";
import type { BallotTally, ScoringInput } from "./input";
import type { MemberScopes } from "./membership";
import { scopeOf } from "./input-index";
import type { CandidacyReasonCode, Reason } from "./result";
import type { AwardRule } from "./rules";
import { divideRoundHalfUp } from "./rounding";
import { formatShare } from "@/domain/format/numbers";

/** Tallies by unit, then by award code. */
export type BallotIndex = Map<string, Map<string, BallotTally>>;

function checkTally(tally: BallotTally, awardCodes: ReadonlySet<string>): void {
  const what = `Kết quả bỏ phiếu của đơn vị ${tally.unitId}`;
  if (!awardCodes.has(tally.awardCode))
    throw new ScoringInputError(
      "unknownAward",
      `${what}: danh hiệu ${tally.awardCode} không có trong quy chế.`,
    );
  const valid =
    Number.isSafeInteger(tally.votesFor) && Number.isSafeInteger(tally.votersPresent) && tally.votesFor >= 0;
  if (!valid || tally.votesFor > tally.votersPresent) {
    throw new ScoringInputError(
      "invalidNumber",
      `${what}: số phiếu đồng ý phải từ 0 đến số đại biểu có mặt.`,
    );
  }
}

export function indexBallots(input: ScoringInput, scopes: MemberScopes): BallotIndex {
  const awardCodes = new Set(input.rules.awards.map((award) => award.code));
  const index: BallotIndex = new Map();
  for (const tally of input.ballots) {
    checkTally(tally, awardCodes);
    scopeOf(scopes, tally.unitId, "Kết quả bỏ phiếu");
    const byAward = index.get(tally.unitId) ?? new Map<string, BallotTally>();
    if (byAward.has(tally.awardCode))
      throw new ScoringInputError(
        "duplicate",
        `Đơn vị ${tally.unitId} có hai kết quả bỏ phiếu cho ${tally.awardCode}.`,
      );
    byAward.set(tally.awardCode, tally);
    index.set(tally.unitId, byAward);
  }
  return index;
}

/** Votes for the leading award decide 'moreBallotVotes'; without one, votes for all awards. */
export function ballotVotes(index: BallotIndex, unitId: string, awards: readonly AwardRule[]): number {
  const byAward = index.get(unitId);
  if (byAward === undefined) return 0;
  const leading = awards.find((award) => award.isLeadingAward);
  if (leading !== undefined) return byAward.get(leading.code)?.votesFor ?? 0;
  let votes = 0;
  for (const tally of byAward.values()) votes += tally.votesFor;
  return votes;
}

/**
 * Passes when votesFor × 10000 ≥ threshold × votersPresent: the threshold is the minimum share
 * of voters present, so 5001 reads "more than half" for any bloc of realistic size.
 */
export function ballotReason(
  index: BallotIndex,
  unitId: string,
  award: AwardRule,
): Reason<CandidacyReasonCode> | null {
  if (award.ballotThreshold === null) return null;
  const tally = index.get(unitId)?.get(award.code);
  if (tally === undefined || tally.votersPresent === 0) {
    return { code: "noBallot", message: `Chưa có kết quả bỏ phiếu cho ${award.name}.` };
  }
  const share = formatShare(divideRoundHalfUp(tally.votesFor * 10000, tally.votersPresent));
  const votes = `${tally.votesFor}/${tally.votersPresent} phiếu (${share})`;
  const threshold = formatShare(award.ballotThreshold);
  if (tally.votesFor * 10000 >= award.ballotThreshold * tally.votersPresent) {
    return { code: "ballotPassed", message: `Đạt ${votes}, đủ ngưỡng ${threshold} số đại biểu có mặt.` };
  }
  return {
    code: "ballotBelowThreshold",
    message: `Chỉ đạt ${votes}, chưa đủ ngưỡng ${threshold} số đại biểu có mặt.`,
  };
}
