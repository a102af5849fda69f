"use client";

import type { KeyboardEvent } from "react";
import { pointsForInput } from "@/domain/score-entry/parse-points";
import type { GridCell } from "@/server/queries/scoring/score-grid-types";
import type { LocalCell } from "./local-cells";

type Props = {
  label: string;
  row: number;
  col: number;
  base: GridCell;
  local: LocalCell | undefined;
  /** What counts while the cell is blank (the combined peer cross-check), shown as a hint. */
  fallback?: string;
  onChange: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
};

const STATUS_STYLE = {
  idle: "border-stone-300",
  saving: "border-sky-400 bg-sky-50",
  saved: "border-emerald-500",
  error: "border-red-600 bg-red-50",
  conflict: "border-amber-500 bg-amber-50",
} as const;

// The corner mark sits on the cell's border: a white halo keeps it readable over the red or green.
const MARK_STYLE = {
  idle: "",
  saving: "text-sky-700",
  saved: "rounded-full bg-white px-0.5 text-emerald-700",
  error: "rounded-full bg-white px-1 text-red-700",
  conflict: "rounded-full bg-white px-0.5 text-amber-700",
} as const;

const STATUS_TEXT = {
  idle: "",
  saving: "Đang lưu…",
  saved: "Đã lưu",
  error: "Lỗi",
  conflict: "Xung đột",
} as const;

/** One typed cell: the value as the user types it, its save state as a mark in its corner. */
export function ScoreCellInput({
  label,
  row,
  col,
  base,
  local,
  fallback,
  onChange,
  onFocus,
  onBlur,
  onKeyDown,
}: Props) {
  const status = local?.status ?? "idle";
  const value = local?.draft ?? pointsForInput(base.points);
  const dirty = local?.draft !== undefined && status !== "saving";
  // The reason goes with the mark, so hovering or a screen reader gives it, not just "Lỗi".
  const statusText =
    local?.error && (status === "error" || status === "conflict")
      ? `${STATUS_TEXT[status]}: ${local.error}`
      : STATUS_TEXT[status];
  return (
    <span className="relative inline-block">
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        placeholder={fallback}
        title={
          status === "error" || status === "conflict"
            ? statusText
            : fallback !== undefined
              ? `Để trống: tính ${fallback} điểm kiểm tra chéo tổng hợp`
              : undefined
        }
        aria-invalid={status === "error" || undefined}
        aria-describedby={`cell-status-${row}-${col}`}
        data-cell={`${row}-${col}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onFocus={(event) => {
          event.currentTarget.select();
          onFocus();
        }}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        className={`w-14 rounded border px-1 py-1 text-right tabular-nums group-data-[density=compact]/grid:w-12 group-data-[density=compact]/grid:py-0.5 focus:outline-2 focus:outline-brand-600 print:border-0 ${STATUS_STYLE[status]} ${dirty ? "italic" : ""}`}
      />
      <span
        id={`cell-status-${row}-${col}`}
        className={`no-print pointer-events-none absolute -right-1.5 -top-2 text-xs leading-none font-bold ${MARK_STYLE[status]}`}
        aria-live="polite"
        title={statusText}
      >
        <span className="sr-only">{statusText}</span>
        <span aria-hidden="true">
          {status === "saving"
            ? "…"
            : status === "saved"
              ? "✓"
              : status === "error"
                ? "!"
                : status === "conflict"
                  ? "⚠"
                  : ""}
        </span>
      </span>
    </span>
  );
}
