import { FULL_SHARE } from "./completion-share";
import type { TaskStatusCode } from "@/domain/vocabulary/codes";

export type ProgressEntry = {
  status: TaskStatusCode;
  completedOn: string | null;
  completionShare: number | null;
};
export type ProgressProblem = { field: "completedOn" | "completionShare"; message: string };

const NEEDS_COMPLETION_DATE: ReadonlySet<TaskStatusCode> = new Set(["DONE", "PARTIAL"]);

function dateProblems(entry: ProgressEntry, context: { today: string; year?: number }): ProgressProblem[] {
  if (!NEEDS_COMPLETION_DATE.has(entry.status)) {
    return entry.completedOn
      ? [
          {
            field: "completedOn",
            message: "Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành (toàn bộ hoặc một phần).",
          },
        ]
      : [];
  }
  if (!entry.completedOn) return [{ field: "completedOn", message: "Vui lòng nhập ngày hoàn thành." }];
  if (entry.completedOn > context.today)
    return [{ field: "completedOn", message: "Ngày hoàn thành không được sau ngày hôm nay." }];
  if (context.year !== undefined && entry.completedOn < `${context.year}-01-01`) {
    return [
      { field: "completedOn", message: `Ngày hoàn thành không được trước năm thi đua ${context.year}.` },
    ];
  }
  return [];
}

function shareProblems(entry: ProgressEntry): ProgressProblem[] {
  const share = entry.completionShare;
  if (entry.status === "PARTIAL" && (share === null || share <= 0 || share >= FULL_SHARE)) {
    return [
      { field: "completionShare", message: "Hoàn thành một phần cần tỷ lệ lớn hơn 0 % và nhỏ hơn 100 %." },
    ];
  }
  if (entry.status === "IN_PROGRESS" && share === FULL_SHARE) {
    return [{ field: "completionShare", message: "Đã đạt 100 %: hãy chọn trạng thái Hoàn thành." }];
  }
  return [];
}

/**
 * What is wrong with a status update (issue 4): DONE and PARTIAL need a completion date, not in
 * the future and not before the year (checked when `year` is known); PARTIAL needs a share
 * strictly between 0 and 100 %. Empty when the entry is acceptable.
 */
export function progressProblems(
  entry: ProgressEntry,
  context: { today: string; year?: number },
): ProgressProblem[] {
  return [...dateProblems(entry, context), ...shareProblems(entry)];
}

/** The share stored for a status: DONE is always 100 %, an unstarted or failed task 0 %. */
export function storedShare(entry: ProgressEntry): number {
  switch (entry.status) {
    case "DONE":
      return FULL_SHARE;
    case "NOT_STARTED":
    case "NOT_DONE":
      return 0;
    default:
      return entry.completionShare ?? 0;
  }
}
