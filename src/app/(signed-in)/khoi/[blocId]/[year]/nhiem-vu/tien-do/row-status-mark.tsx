import type { RowStatus } from "./use-progress-rows";

const TEXT: Record<RowStatus, string> = {
  idle: "",
  saving: "Đang lưu…",
  saved: "Đã lưu",
  error: "Chưa lưu: có lỗi",
  conflict: "Xung đột",
};
const STYLE: Record<RowStatus, string> = {
  idle: "text-stone-500",
  saving: "text-sky-700",
  saved: "text-emerald-700",
  error: "text-red-700",
  conflict: "text-amber-800",
};

/** A row's save state in words (announced politely), "Chưa lưu" while it holds typed values. */
export function RowStatusMark({ status, dirty }: { status: RowStatus; dirty: boolean }) {
  const text = status === "idle" && dirty ? "Chưa lưu" : TEXT[status];
  return (
    <span aria-live="polite" className={`text-xs whitespace-nowrap ${STYLE[status]}`}>
      {text}
    </span>
  );
}
