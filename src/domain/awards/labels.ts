/** Vietnamese names of the awards area's stored values (enums of the data model). */
export const PROPOSAL_STATUS_LABEL: Record<string, string> = {
  PROPOSED: "Đã đề nghị",
  APPROVED: "Được phê duyệt",
  REJECTED: "Không được phê duyệt",
  WITHDRAWN: "Đã rút",
};

export const ELIGIBILITY_FLAG_LABEL: Record<string, string> = {
  DISCIPLINARY_REVIEW: "Đang xem xét kỷ luật",
  INVESTIGATION: "Đang bị điều tra",
  INSPECTION: "Đang thanh tra, kiểm tra",
  UNRESOLVED_COMPLAINT: "Khiếu nại, tố cáo chưa giải quyết",
};
