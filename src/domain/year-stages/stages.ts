/**
 * The stages of a bloc-year, in the order of the yearly cycle (docs/domain.md, "Blocs and bloc-years"):
 * preparation (members, roles, pledge, score table), carrying out the tasks, scoring,
 * waiting for publication once the bloc has adopted the scores, published; and a correction
 * of a published year. The values are the database's BlocYearStatus.
 */
export const YEAR_STAGES = ["DRAFT", "ACTIVE", "SCORING", "REVIEW", "PUBLISHED", "CORRECTING"] as const;

export type YearStage = (typeof YEAR_STAGES)[number];

/** The stage's name as shown beside the year ("Năm 2024 · Đang chấm điểm"). */
export const YEAR_STAGE_LABEL: Record<YearStage, string> = {
  DRAFT: "Đang chuẩn bị",
  ACTIVE: "Đang thực hiện",
  SCORING: "Đang chấm điểm",
  REVIEW: "Chờ công bố",
  PUBLISHED: "Đã công bố",
  CORRECTING: "Đang đính chính",
};

/** What the stage is for, one sentence for the year's overview. */
export const YEAR_STAGE_PURPOSE: Record<YearStage, string> = {
  DRAFT:
    "Chuẩn bị năm thi đua: thành viên, bầu Trưởng khối và Phó trưởng khối, giao ước, bảng điểm, quy tắc và nhiệm vụ.",
  ACTIVE:
    "Triển khai: các đơn vị thực hiện nhiệm vụ và cập nhật tiến độ; thành viên, bảng điểm còn sửa được.",
  SCORING:
    "Chấm điểm: tự chấm, kiểm tra chéo, chấm cuối và duyệt phiếu chấm; bỏ phiếu, đề nghị khen thưởng. Thành viên và bảng điểm đã chốt.",
  REVIEW: "Khối đã thông qua kết quả chấm điểm: hoàn tất bỏ phiếu, đề nghị khen thưởng rồi công bố kết quả.",
  PUBLISHED: "Kết quả đã công bố và không sửa được; sai sót chỉ sửa bằng một bản đính chính.",
  CORRECTING:
    "Đính chính kết quả đã công bố: sửa điểm, tiến độ, bỏ phiếu, đề nghị rồi công bố bản đính chính có số thứ tự mới.",
};
