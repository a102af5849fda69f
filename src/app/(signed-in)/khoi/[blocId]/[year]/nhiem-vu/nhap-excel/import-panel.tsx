"use client";

import Link from "@/components/app-link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FileInput } from "@/components/forms/file-input";
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/domain/tasks/import-columns";
import type { ImportEvent } from "./import-events";
import { ImportProblems } from "./import-problems";
import { postImport } from "./read-import-stream";

type Progress = Extract<ImportEvent, { type: "progress" }>;
type Outcome = Exclude<ImportEvent, Progress> | null;

const PHASE_LABEL: Record<Progress["phase"], string> = {
  uploading: "Đang tải lên và đọc tệp…",
  checking: "Đang kiểm tra",
  saving: "Đang lưu",
};

function progressText(progress: Progress): string {
  if (progress.total === 0) return PHASE_LABEL[progress.phase];
  return `${PHASE_LABEL[progress.phase]} dòng ${progress.done}/${progress.total}…`;
}

/** Reads the upload's NDJSON answer as it streams, so a large file shows where it is. */
export function ImportPanel({ uploadUrl, listUrl }: { uploadUrl: string; listUrl: string }) {
  const router = useRouter();
  const fileId = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileName, setFileName] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    setOutcome(null);
    if (!(file instanceof File) || file.size === 0)
      return setOutcome({ type: "failed", message: "Vui lòng chọn một tệp .xlsx." });
    if (file.size > MAX_IMPORT_BYTES)
      return setOutcome({
        type: "failed",
        message: `Tệp quá lớn: tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      });
    setFileName(file.name);
    setProgress({ type: "progress", phase: "uploading", done: 0, total: 0 });
    try {
      await postImport(uploadUrl, file, (next) =>
        next.type === "progress" ? setProgress(next) : setOutcome(next),
      );
    } catch {
      setOutcome({
        type: "failed",
        message: "Mất kết nối trong khi nhập. Hãy tải lại trang để xem nhiệm vụ đã được lưu hay chưa.",
      });
    }
    setProgress(null);
    router.refresh();
  }

  const busy = progress !== null;
  const share =
    progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <div className="grid gap-4">
      <form
        onSubmit={submit}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-5"
      >
        <div className="text-sm font-medium text-stone-700">
          <label htmlFor={fileId}>
            Tệp Excel (.xlsx, tối đa {MAX_IMPORT_BYTES / 1024 / 1024} MB,{" "}
            {MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng, {MAX_IMPORT_COLUMNS} cột)
          </label>
          <FileInput
            id={fileId}
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            disabled={busy}
          />
        </div>
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {busy ? "Đang nhập…" : "Kiểm tra và nhập"}
        </button>
      </form>
      {progress && (
        <div role="status" aria-live="polite" className="grid gap-2">
          <p className="text-sm text-stone-700">{progressText(progress)}</p>
          <progress
            value={share}
            max={100}
            aria-label="Tiến độ nhập tệp"
            className="h-2 w-full accent-brand-700"
          />
        </div>
      )}
      {outcome?.type === "failed" && (
        <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {outcome.message}
        </p>
      )}
      {outcome?.type === "problems" && <ImportProblems problems={outcome.problems} fileName={fileName} />}
      {outcome?.type === "done" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã nhập {outcome.count} nhiệm vụ (số{" "}
          {outcome.firstNumber === outcome.lastNumber
            ? outcome.firstNumber
            : `${outcome.firstNumber}–${outcome.lastNumber}`}
          ) từ tệp {fileName}.{" "}
          <Link href={listUrl} className="font-medium underline">
            Xem danh sách nhiệm vụ
          </Link>
        </p>
      )}
    </div>
  );
}
