import type { AwardRule, RankingResult, UnitResult } from "@/domain/scoring";

const INELIGIBLE = new Set([
  "underDisciplinaryReview",
  "underInvestigation",
  "underInspection",
  "unresolvedComplaint",
]);
const BALLOT_FAILED = new Set(["ballotBelowThreshold", "noBallot"]);

export type ProposalCheck = {
  unitId: string;
  award: AwardRule;
  ranking: RankingResult;
  /** Units with an eligibility flag still open today (the engine only sees flags up to year end). */
  flaggedUnitIds: ReadonlySet<string>;
  /** Other proposals of the year that still stand (proposed or approved). */
  standing: readonly { unitId: string; awardCode: string; awardName: string }[];
};

/** Why the unit may not be proposed for the award, in Vietnamese; null when it may. */
export function proposalRefusal(check: ProposalCheck): string | null {
  const { unitId, award, ranking } = check;
  const unit = ranking.units.find((candidate) => candidate.unitId === unitId);
  if (!unit) return "Đơn vị không có trong bảng xếp hạng năm này nên không thể đề nghị khen thưởng.";
  const ineligible = ineligibilityOf(unit, check.flaggedUnitIds);
  if (ineligible !== null) return ineligible;
  // Decree 98/2023 Art. 4 & the bloc's rules: one achievement may not earn two awards.
  const other = check.standing.find(
    (proposal) => proposal.unitId === unitId && proposal.awardCode !== award.code,
  );
  if (other)
    return `Đơn vị đã được đề nghị ${other.awardName}; một thành tích không đề nghị hai hình thức khen thưởng.`;
  if (award.isLeadingAward) {
    const top = topEligibleRank(ranking, check.flaggedUnitIds);
    if (unit.rank !== top)
      return `${award.name} chỉ dành cho đơn vị xếp hạng cao nhất trong các đơn vị đủ điều kiện (hạng ${top}); đơn vị này xếp hạng ${unit.rank}.`;
  }
  const ballot = unit.awards
    .find((candidacy) => candidacy.awardCode === award.code)
    ?.reasons.find((reason) => BALLOT_FAILED.has(reason.code));
  if (ballot) return ballot.message;
  return quotaRefusal(check);
}

/** The award's quota for the year (from the engine) counts the other proposals that still stand. */
function quotaRefusal({ unitId, award, ranking, standing }: ProposalCheck): string | null {
  const quota = ranking.awards.find((outcome) => outcome.awardCode === award.code)?.quota;
  if (quota === undefined) return null;
  const taken = standing.filter(
    (proposal) => proposal.awardCode === award.code && proposal.unitId !== unitId,
  ).length;
  if (taken < quota) return null;
  if (quota === 0) return `${award.name} không có chỉ tiêu nào trong năm này.`;
  return `${award.name} đã đủ chỉ tiêu ${quota} đơn vị. Hãy rút một đề nghị đang có trước khi đề nghị thêm.`;
}

function ineligibilityOf(unit: UnitResult, flagged: ReadonlySet<string>): string | null {
  const reasons = new Set(
    unit.awards.flatMap((candidacy) =>
      candidacy.reasons.filter((reason) => INELIGIBLE.has(reason.code)).map((reason) => reason.message),
    ),
  );
  if (reasons.size > 0) return `Đơn vị chưa được đề nghị khen thưởng: ${[...reasons].join(" ")}`;
  if (flagged.has(unit.unitId))
    return "Đơn vị đang có vướng mắc chưa giải quyết (kỷ luật, điều tra, thanh tra hoặc khiếu nại) nên chưa được đề nghị khen thưởng (Điều 4 Nghị định 98/2023/NĐ-CP).";
  return null;
}

/** The best rank among units that may be proposed at all; the leading award goes there only. */
export function topEligibleRank(ranking: RankingResult, flagged: ReadonlySet<string>): number | null {
  const eligible = ranking.units.filter((unit) => ineligibilityOf(unit, flagged) === null);
  return eligible.length === 0 ? null : Math.min(...eligible.map((unit) => unit.rank));
}
