import { YEAR_STAGES, type YearStage } from "./stages";

/** The kinds of work on a bloc-year that a stage allows or refuses. */
export const YEAR_ACTIVITIES = [
  "members",
  "roles",
  "pledge",
  "registrations",
  "scoreTable",
  "tasks",
  "taskRemoval",
  "taskProgress",
  "scoreEntry",
  "sheetReview",
  "eligibility",
  "awards",
  "disputes",
  "settings",
  "publish",
  "correction",
] as const;

export type YearActivity = (typeof YEAR_ACTIVITIES)[number];

/** Each activity as a phrase: "không thể <label>" and "…: <label>". */
export const YEAR_ACTIVITY_LABEL: Record<YearActivity, string> = {
  members: "sửa thành viên, đổi tên hay hợp nhất đơn vị",
  roles: "bầu Trưởng khối, Phó trưởng khối",
  pledge: "sửa giao ước và chữ ký",
  registrations: "sửa đăng ký thi đua",
  scoreTable: "sửa bảng điểm và quy tắc chấm",
  tasks: "giao, nhập hay sửa nhiệm vụ",
  taskRemoval: "xóa nhiệm vụ",
  taskProgress: "cập nhật tiến độ nhiệm vụ",
  scoreEntry: "nhập điểm (tự chấm, kiểm tra chéo, chấm cuối)",
  sheetReview: "duyệt hoặc trả lại phiếu chấm",
  eligibility: "ghi nhận điều kiện khen thưởng",
  awards: "nhập kết quả bỏ phiếu và đề nghị khen thưởng",
  disputes: "mở thời hạn, gửi hay giải quyết khiếu nại về điểm",
  settings: "đổi cài đặt xem điểm tạm tính",
  publish: "công bố kết quả",
  correction: "mở đính chính",
};

/**
 * What each stage allows. Members, roles, pledge and score table are fixed once scoring starts
 * (moving back to "Đang thực hiện", with a reason, reopens them); scores are entered only while
 * scoring or correcting; a published year allows nothing but opening a correction. A task can be
 * deleted only before scoring starts: once units score, a task may already count in a sheet. A correction
 * fixes results (scores, progress, ballots, proposals), not the year's set-up. Objections to
 * scores (and an accepted one's new final score) belong to the weeks the provisional results are
 * out: scoring, review and correction.
 */
export const STAGE_ALLOWS: Record<YearStage, readonly YearActivity[]> = {
  DRAFT: [
    "members",
    "roles",
    "pledge",
    "registrations",
    "scoreTable",
    "tasks",
    "taskRemoval",
    "eligibility",
    "settings",
  ],
  ACTIVE: [
    "members",
    "roles",
    "pledge",
    "registrations",
    "scoreTable",
    "tasks",
    "taskRemoval",
    "taskProgress",
    "eligibility",
    "settings",
  ],
  SCORING: [
    "registrations",
    "tasks",
    "taskProgress",
    "scoreEntry",
    "sheetReview",
    "eligibility",
    "awards",
    "disputes",
    "settings",
  ],
  REVIEW: ["eligibility", "awards", "disputes", "settings", "publish"],
  PUBLISHED: ["correction"],
  CORRECTING: [
    "taskProgress",
    "scoreEntry",
    "sheetReview",
    "eligibility",
    "awards",
    "disputes",
    "settings",
    "publish",
  ],
};

export function stageAllows(stage: YearStage, activity: YearActivity): boolean {
  return STAGE_ALLOWS[stage].includes(activity);
}

/** The stages in which an activity is allowed, in the order of the cycle. */
export function stagesAllowing(activity: YearActivity): YearStage[] {
  return YEAR_STAGES.filter((stage) => stageAllows(stage, activity));
}
