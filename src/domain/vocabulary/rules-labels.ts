import type {
  ClassificationBasis,
  CrossCheckCombine,
  CrossCheckScorers,
  KeyTaskCondition,
  LeadingAwardFallback,
  MembershipRule,
  NotYetDuePolicy,
  RoundingMode,
  ScoringRules,
  TieBreakRule,
} from "@/domain/scoring/rules";

/**
 * The tie-break rules as the bloc's regulations word them, in lower case because the engine's
 * explanations quote them mid-sentence ("phân định theo tiêu chí “ít điểm trừ hơn”"); forms show
 * them with a capital (tieBreakTitle).
 */
export const TIE_BREAK_LABEL: Record<TieBreakRule, string> = {
  moreTaskPoints: "nhiều điểm nhiệm vụ hơn",
  fewerDeductions: "ít điểm trừ hơn",
  moreBonus: "nhiều điểm thưởng hơn",
  moreTasksOnTime: "nhiều nhiệm vụ hoàn thành đúng hạn hơn",
  fewerTasksNotDone: "ít nhiệm vụ không hoàn thành hơn",
  moreBallotVotes: "nhiều phiếu bầu hơn",
  higherManualPoints: "điểm các tiêu chí chấm trực tiếp cao hơn",
};

export function tieBreakTitle(rule: TieBreakRule): string {
  const label = TIE_BREAK_LABEL[rule];
  return `${label[0]!.toLocaleUpperCase("vi")}${label.slice(1)}`;
}

export const NOT_YET_DUE_LABEL: Record<NotYetDuePolicy, string> = {
  exclude: "Không tính vào tỷ lệ (chờ đến hạn)",
  countAsZero: "Tính là 0 %",
};

export const MEMBERSHIP_LABEL: Record<MembershipRule, string> = {
  yearEndMembersOnly: "Chỉ xếp hạng đơn vị còn là thành viên đến cuối năm",
  prorateByMembership: "Xếp hạng mọi đơn vị từng là thành viên, theo nhiệm vụ trong thời gian tham gia",
};

/** The parts of a year's rules document, as a sentence names them ("khác ở: mức xếp loại"). */
export const RULES_SECTION_LABEL: Record<keyof ScoringRules, string> = {
  taskCompletion: "điểm nhiệm vụ",
  allowSelfScoreFallback: "dùng điểm tự chấm",
  classificationLevels: "mức xếp loại",
  tieBreaks: "tiêu chí phân định",
  awards: "danh hiệu và chỉ tiêu",
  leadingAwardFallback: "danh hiệu dẫn đầu khi đơn vị đứng đầu không đạt phiếu",
  totals: "tổng điểm và căn cứ xếp loại",
  crossCheck: "chấm chéo",
  membership: "quy tắc thành viên",
  ballotQuorum: "túc số bỏ phiếu",
};

export const CLASSIFICATION_BASIS_LABEL: Record<ClassificationBasis, string> = {
  total: "Tổng điểm (đã cộng điểm thưởng, trừ điểm trừ)",
  base: "Điểm theo thang điểm (chưa cộng điểm thưởng, chưa trừ điểm trừ)",
};

export const KEY_TASK_CONDITION_LABEL: Record<KeyTaskCondition, string> = {
  any: "Không xét",
  noneNotDone: "Không có nhiệm vụ trọng tâm nào chưa hoàn thành",
  allOnTime: "Mọi nhiệm vụ trọng tâm hoàn thành đúng hạn",
};

export const CROSS_CHECK_SCORERS_LABEL: Record<CrossCheckScorers, string> = {
  secretariat: "Thư ký khối nhập một điểm kiểm tra chéo cho mỗi đơn vị",
  allMembers: "Mọi đơn vị chấm chéo mọi đơn vị khác",
  assigned: "Đơn vị được phân công chấm chéo các đơn vị được giao",
};

export const CROSS_CHECK_COMBINE_LABEL: Record<CrossCheckCombine, string> = {
  mean: "Trung bình cộng",
  median: "Trung vị",
  trimmedMean: "Trung bình sau khi bỏ điểm cao nhất và thấp nhất",
  min: "Điểm thấp nhất",
};

export const ROUNDING_MODE_LABEL: Record<RoundingMode, string> = {
  perCriterion: "Từng tiêu chí, đến 0,01 điểm (tổng là tổng các tiêu chí)",
  atTotal: "Một lần, ở tổng điểm",
};

export const LEADING_AWARD_FALLBACK_LABEL: Record<LeadingAwardFallback, string> = {
  blocDecides: "Không đề nghị, để khối quyết định",
  nextEligible: "Chuyển cho đơn vị đủ điều kiện xếp hạng kế tiếp",
};
