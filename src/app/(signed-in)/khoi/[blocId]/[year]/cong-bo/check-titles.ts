import type { CheckCode } from "@/domain/publishing";

/** A short name for each check, for the reason fields and the minutes. */
export const CHECK_TITLE: Record<CheckCode, string> = {
  missingScores: "điểm các tiêu chí chấm trực tiếp",
  missingFinalScores: "điểm chấm cuối",
  selfSheetsNotApproved: "phiếu tự chấm chưa duyệt",
  overdueOpenTasks: "nhiệm vụ quá hạn chưa kết thúc",
  awardsWithoutBallot: "bỏ phiếu khen thưởng",
  ballotOpen: "bỏ phiếu kín đang mở",
  openObjections: "khiếu nại chưa giải quyết",
  candidatesWithoutDecision: "đề nghị khen thưởng",
};
