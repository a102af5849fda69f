import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import type { RegistrationKind } from "@/generated/prisma/client";

// Illustrative 2024 registrations (đăng ký thi đua): every member registers at least one target
// delivered by its own tasks (numbers refer to TASKS_2024), and a collective title.

export type SeedRegistration = {
  unit: string;
  kind: RegistrationKind;
  content: string;
  taskNumbers?: readonly number[];
};

const TITLE_EXCELLENT = "Tập thể Lao động xuất sắc";
/** The seeded rules' award catalogue names the flag, so a registration and a proposal use one name. */
const TITLE_FLAG = leadingAwardName();

function leadingAwardName(): string {
  const award = DEFAULT_SCORING_RULES.awards.find((candidate) => candidate.isLeadingAward);
  if (!award) throw new Error("DEFAULT_SCORING_RULES has no leading award");
  return award.name;
}

export const REGISTRATIONS_2024: readonly SeedRegistration[] = [
  {
    unit: "KHCN",
    kind: "TARGET",
    content:
      "Hỗ trợ ít nhất 20 doanh nghiệp đổi mới công nghệ, áp dụng hệ thống quản lý chất lượng tiên tiến",
    taskNumbers: [1, 3],
  },
  { unit: "KHCN", kind: "TITLE", content: TITLE_EXCELLENT },
  {
    unit: "TNMT",
    kind: "TARGET",
    content: "Hoàn thành 100% kế hoạch sử dụng đất cấp huyện và cơ sở dữ liệu đất đai trong năm",
    taskNumbers: [6, 8],
  },
  { unit: "TNMT", kind: "TARGET", content: "Thu ngân sách từ đất đạt dự toán được giao", taskNumbers: [9] },
  { unit: "TNMT", kind: "TITLE", content: TITLE_FLAG },
  {
    unit: "TNMT",
    kind: "MODEL",
    content: "Mô hình “Một cửa điện tử – không giấy tờ” trong giải quyết thủ tục đất đai",
  },
  {
    unit: "GTVT",
    kind: "TARGET",
    content: "Hoàn thành khắc phục 100% điểm hư hỏng trên các tuyến đường tỉnh trước mùa mưa lũ",
    taskNumbers: [13],
  },
  { unit: "GTVT", kind: "TITLE", content: TITLE_EXCELLENT },
  {
    unit: "XD",
    kind: "TARGET",
    content: "Tỷ lệ đô thị hóa đạt 24%; hoàn thành các quy hoạch phân khu theo kế hoạch",
    taskNumbers: [17, 20],
  },
  { unit: "XD", kind: "TITLE", content: TITLE_EXCELLENT },
  {
    unit: "CT",
    kind: "TARGET",
    content:
      "Tổ chức ít nhất 05 hội chợ, tuần hàng xúc tiến thương mại; 100% sản phẩm OCOP lên sàn thương mại điện tử",
    taskNumbers: [23, 24],
  },
  { unit: "CT", kind: "TITLE", content: TITLE_FLAG },
  {
    unit: "NNPTNT",
    kind: "TARGET",
    content: "Thêm 10 xã đạt chuẩn nông thôn mới; tỷ lệ che phủ rừng đạt 63%",
    taskNumbers: [28, 30],
  },
  { unit: "NNPTNT", kind: "TITLE", content: TITLE_EXCELLENT },
  {
    unit: "NNPTNT",
    kind: "MODEL",
    content: "Mô hình liên kết sản xuất quế hữu cơ gắn với tiêu thụ sản phẩm",
  },
  {
    unit: "BQLDA",
    kind: "TARGET",
    content: "Giải ngân trên 95% kế hoạch vốn đầu tư công được giao",
    taskNumbers: [34],
  },
  { unit: "BQLDA", kind: "TITLE", content: TITLE_EXCELLENT },
  {
    unit: "BQLKCN",
    kind: "TARGET",
    content: "Thu hút mới ít nhất 03 dự án đầu tư vào các khu công nghiệp",
    taskNumbers: [39, 40],
  },
  { unit: "BQLKCN", kind: "TITLE", content: TITLE_EXCELLENT },
];
