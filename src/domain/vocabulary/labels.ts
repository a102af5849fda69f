import { YEAR_STAGE_LABEL } from "../year-stages/stages";
import type {
  BlocRoleCode,
  BlocYearStatusCode,
  CriterionKindCode,
  EligibilityFlagCode,
  ProposalStatusCode,
  BallotStatusCode,
  ObjectionStatusCode,
  BallotChoiceCode,
  RegistrationKindCode,
  RotationRuleCode,
  ScoreStageCode,
  SheetStatusCode,
  TaskStatusCode,
  GrantKindCode,
} from "./codes";

// Vietnamese names of the stored codes, as pages, documents, the audit log and messages show them.

export const GRANT_KIND_LABEL: Record<GrantKindCode, string> = {
  PROVINCE_ADMIN: "Quản trị cấp tỉnh",
  BLOC_SECRETARIAT: "Thư ký khối",
  AGENCY_LEADER: "Lãnh đạo đơn vị",
  VIEWER: "Người xem",
  AGENCY_SECRETARIAT_STAFF: "Thư ký tại đơn vị trưởng khối",
};

/** The kinds of a user's grants in words, each once ("Lãnh đạo đơn vị · Người xem"). */
export function grantKindsLabel(kinds: readonly GrantKindCode[]): string {
  return [...new Set(kinds)].map((kind) => GRANT_KIND_LABEL[kind]).join(" · ") || "Chưa được cấp quyền";
}

export const BLOC_ROLE_LABEL: Record<BlocRoleCode, string> = {
  HEAD: "Trưởng khối",
  STANDING_DEPUTY: "Phó trưởng khối thường trực",
  DEPUTY: "Phó trưởng khối",
};

export const ROTATION_RULE_LABEL: Record<RotationRuleCode, string> = {
  STANDING_DEPUTY_BECOMES_HEAD: "Phó trưởng khối thường trực lên Trưởng khối",
  MANUAL: "Bầu tự do hằng năm",
};

/** The stages are named where they are defined. */
export const BLOC_YEAR_STATUS_LABEL: Record<BlocYearStatusCode, string> = YEAR_STAGE_LABEL;

export const REGISTRATION_KIND_LABEL: Record<RegistrationKindCode, string> = {
  TARGET: "Chỉ tiêu",
  TITLE: "Danh hiệu",
  MODEL: "Mô hình",
};

export const TASK_STATUS_LABEL: Record<TaskStatusCode, string> = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Hoàn thành",
  PARTIAL: "Hoàn thành một phần",
  NOT_DONE: "Không hoàn thành",
};

export const CRITERION_KIND_LABEL: Record<CriterionKindCode, string> = {
  SECTION: "Mục",
  MANUAL: "Chấm tay",
  TASK_DERIVED: "Từ nhiệm vụ",
  BONUS: "Điểm thưởng",
  DEDUCTION: "Điểm trừ",
};

export const SCORE_STAGE_LABEL: Record<ScoreStageCode, string> = {
  SELF: "Tự chấm",
  CROSS_CHECK: "Kiểm tra chéo",
  FINAL: "Chấm cuối",
};

export const SHEET_STATUS_LABEL: Record<SheetStatusCode, string> = {
  DRAFT: "Đang nhập",
  SUBMITTED: "Đã nộp, chờ duyệt",
  RETURNED: "Bị trả lại",
  APPROVED: "Đã duyệt",
};

/** Decree 98/2023 Art. 4: a unit under any of these may not be proposed for an award. */
export const ELIGIBILITY_FLAG_LABEL: Record<EligibilityFlagCode, string> = {
  DISCIPLINARY_REVIEW: "Đang xem xét kỷ luật",
  INVESTIGATION: "Đang bị điều tra",
  INSPECTION: "Đang thanh tra, kiểm tra",
  UNRESOLVED_COMPLAINT: "Khiếu nại, tố cáo chưa giải quyết",
};

export const PROPOSAL_STATUS_LABEL: Record<ProposalStatusCode, string> = {
  PROPOSED: "Đã đề nghị",
  APPROVED: "Được phê duyệt",
  REJECTED: "Không được phê duyệt",
  WITHDRAWN: "Đã rút",
};

export const BALLOT_STATUS_LABEL: Record<BallotStatusCode, string> = {
  OPEN: "Đang bỏ phiếu",
  CLOSED: "Đã kết thúc",
  CANCELLED: "Đã hủy",
};

export const OBJECTION_STATUS_LABEL: Record<ObjectionStatusCode, string> = {
  OPEN: "Chờ giải quyết",
  ACCEPTED: "Được chấp nhận",
  REJECTED: "Không được chấp nhận",
};

export const BALLOT_CHOICE_LABEL: Record<BallotChoiceCode, string> = {
  AGREE: "Đồng ý",
  DISAGREE: "Không đồng ý",
  ABSTAIN: "Không có ý kiến",
};
