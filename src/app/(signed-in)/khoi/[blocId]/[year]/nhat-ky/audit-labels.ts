import {
  BLOC_YEAR_STATUS_LABEL,
  ELIGIBILITY_FLAG_LABEL,
  PROPOSAL_STATUS_LABEL,
  ROTATION_RULE_LABEL,
  TASK_STATUS_LABEL,
} from "@/domain/vocabulary";

/** Names of the audited records; an entity not listed here shows its technical name. */
export const ENTITY_LABEL: Record<string, string> = {
  Bloc: "Khối thi đua",
  BlocYear: "Năm thi đua",
  Membership: "Thành viên",
  RoleAssignment: "Vai trò",
  Pledge: "Giao ước",
  PledgeSignature: "Chữ ký giao ước",
  Registration: "Đăng ký thi đua",
  Task: "Nhiệm vụ",
  ScoreTable: "Bảng điểm",
  Criterion: "Tiêu chí",
  ScoreSheet: "Phiếu chấm điểm",
  ScoreLine: "Điểm",
  BallotTally: "Kết quả bỏ phiếu",
  EligibilityFlag: "Điều kiện khen thưởng",
  AwardProposal: "Đề nghị khen thưởng",
  ResultSnapshot: "Bản công bố",
  Attachment: "Tệp đính kèm",
};

export const ACTION_LABEL: Record<string, string> = {
  create: "Thêm",
  update: "Sửa",
  delete: "Xóa",
  publish: "Công bố",
  reopen: "Mở đính chính",
  stageForward: "Chuyển giai đoạn",
  stageBack: "Mở lại giai đoạn trước",
};

export const FIELD_LABEL: Record<string, string> = {
  status: "Trạng thái",
  votesFor: "Số phiếu đồng ý",
  votersPresent: "Số đại biểu có mặt",
  unitId: "Đơn vị",
  kind: "Loại",
  since: "Từ ngày",
  note: "Ghi chú",
  resolvedOn: "Ngày giải quyết xong",
  awardCode: "Hình thức khen thưởng",
  decisionNumber: "Số quyết định",
  decisionDate: "Ngày quyết định",
  number: "Bản số",
  correctionReason: "Lý do đính chính",
  checklistOverride: "Mục kiểm tra vẫn công bố",
  membersSeeProvisional: "Thành viên xem điểm tạm tính",
  points: "Điểm",
  title: "Tên",
  deadline: "Hạn hoàn thành",
  completedOn: "Ngày hoàn thành",
  completionShare: "Tỷ lệ hoàn thành",
  rotationRule: "Quy tắc luân phiên",
};

/** Stored codes (statuses, kinds) shown in words, whichever table they come from. */
export const CODE_LABEL: Record<string, string> = {
  ...BLOC_YEAR_STATUS_LABEL,
  ...ROTATION_RULE_LABEL,
  ...TASK_STATUS_LABEL,
  ...PROPOSAL_STATUS_LABEL,
  ...ELIGIBILITY_FLAG_LABEL,
};
