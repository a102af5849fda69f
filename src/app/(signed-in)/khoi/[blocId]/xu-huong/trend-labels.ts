import { formatShare } from "@/domain/format";

export const SOURCE_LABEL = { published: "Đã công bố", provisional: "Tạm tính" } as const;

export const shareOrDash = (value: number | null) => (value === null ? "—" : formatShare(value));

export const REBASE_NOTE =
  "Kết quả mỗi năm được quy về % điểm tối đa của bảng điểm năm đó, để so sánh được các năm có thang điểm khác nhau.";
