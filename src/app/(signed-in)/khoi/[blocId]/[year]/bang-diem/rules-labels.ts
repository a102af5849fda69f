import type { MembershipRule, NotYetDuePolicy, TieBreakRule } from "@/domain/scoring";

export const TIE_BREAK_LABEL: Record<TieBreakRule, string> = {
  moreTaskPoints: "Điểm nhiệm vụ cao hơn",
  fewerDeductions: "Bị trừ ít điểm hơn",
  moreBonus: "Điểm thưởng cao hơn",
  moreTasksOnTime: "Nhiều nhiệm vụ đúng hạn hơn",
  fewerTasksNotDone: "Ít nhiệm vụ không hoàn thành hơn",
  moreBallotVotes: "Nhiều phiếu bầu hơn",
  higherManualPoints: "Điểm chấm tay cao hơn",
};

export const NOT_YET_DUE_LABEL: Record<NotYetDuePolicy, string> = {
  exclude: "Không tính vào tỷ lệ (chờ đến hạn)",
  countAsZero: "Tính là 0 %",
};

export const MEMBERSHIP_LABEL: Record<MembershipRule, string> = {
  yearEndMembersOnly: "Chỉ xếp hạng đơn vị còn là thành viên đến cuối năm",
  prorateByMembership: "Xếp hạng mọi đơn vị từng là thành viên, theo nhiệm vụ trong thời gian tham gia",
};
