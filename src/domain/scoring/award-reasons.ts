import type { RankedEntry } from "./ranking";
import type { CandidacyReasonCode, Classification, Reason } from "./result";
import type { AwardRule } from "./rules";

export type CandidacyReason = Reason<CandidacyReasonCode>;

/** Places of an award still open while its rank groups are settled one by one. */
export interface Places {
  left: number;
  quota: number;
  /** The leading award passed down past units that failed its ballot (rules: nextEligible). */
  passedDown?: boolean;
}

/** The engine's own plan, before anyone proposes: the unit is the candidate of a higher award. */
export function alreadyProposedReason(earlierAward: string): CandidacyReason {
  const message = `Là ứng viên ${earlierAward}; một thành tích không đề nghị hai hình thức khen thưởng.`;
  return { code: "alreadyProposed", message };
}

export function notTopRankedReason(award: AwardRule, rank: number): CandidacyReason {
  const message = `Xếp hạng ${rank}; ${award.name} chỉ dành cho đơn vị xếp hạng cao nhất trong các đơn vị đủ điều kiện.`;
  return { code: "notTopRankedEligible", message };
}

/** Why a unit that passed eligibility and ballot is, or is not, within the quota. */
export function placeReason(
  award: AwardRule,
  item: RankedEntry,
  places: Places,
  groupSize: number,
): CandidacyReason {
  const { rank } = item;
  const { left, quota } = places;
  if (left === 0)
    return { code: "outsideQuota", message: `Xếp hạng ${rank}, ngoài chỉ tiêu ${quota} đơn vị.` };
  if (groupSize > left) {
    const others = groupSize - 1;
    const message = `Đồng hạng ${rank} cùng ${others} đơn vị khác nhưng chỉ còn ${left} suất trong chỉ tiêu ${quota} đơn vị; khối cần quyết định.`;
    return { code: "tiedAtQuotaBoundary", message };
  }
  if (award.isLeadingAward && places.passedDown) {
    const message = `Xếp hạng ${rank}: đơn vị xếp trên không đạt số phiếu cần thiết; theo quy chế, ${award.name} chuyển cho đơn vị đủ điều kiện kế tiếp.`;
    return { code: "passedDown", message };
  }
  if (award.isLeadingAward) {
    const message = `Xếp hạng ${rank}, cao nhất trong các đơn vị đủ điều kiện: đơn vị dẫn đầu phải là đơn vị có điểm cao nhất.`;
    return { code: "topRankedEligible", message };
  }
  return { code: "withinQuota", message: `Xếp hạng ${rank}, trong chỉ tiêu ${quota} đơn vị.` };
}

export function isProposal(reason: CandidacyReason): boolean {
  return reason.code === "withinQuota" || reason.code === "topRankedEligible" || reason.code === "passedDown";
}

/** The award asks for a level the unit's classification does not reach. */
export function belowClassificationReason(
  award: AwardRule,
  classification: Classification | null,
  required: string,
): CandidacyReason {
  const has = classification === null ? "chưa được xếp loại" : `xếp loại “${classification.label}”`;
  const message = `Đơn vị ${has}; ${award.name} cần xếp loại từ “${required}” trở lên.`;
  return { code: "belowClassification", message };
}
