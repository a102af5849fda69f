"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { formatFileSize } from "@/domain/format";
import { FileInput } from "./forms/file-input";

export type EvidenceFile = { id: string; fileName: string; size: number };
type Answer = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT =
  ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,application/pdf,image/png,image/jpeg," +
  "application/msword,application/vnd.ms-excel," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document," +
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const messageOf = (answer: Answer) =>
  answer.formError ?? Object.values(answer.fieldErrors ?? {}).flat()[0] ?? "Không lưu được tệp.";

/**
 * Evidence files of a task or a score line: each downloadable through /api/tep, and for those
 * who may change them an upload (checked again on the server, whatever the browser says) and
 * a remove button that asks first.
 */
export function EvidenceFiles(props: {
  files: EvidenceFile[];
  /** Absent when the user may only read. */
  uploadUrl?: string;
  remove?: (attachmentId: string) => Promise<Answer>;
}) {
  const { files, uploadUrl, remove } = props;
  const router = useRouter();
  const inputId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [uploading, startUpload] = useTransition();
  const [removing, startRemove] = useTransition();
  const pending = uploading || removing;
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return setMessage({ ok: false, text: "Vui lòng chọn một tệp có nội dung." });
    if (file.size > MAX_BYTES) return setMessage({ ok: false, text: "Tệp quá lớn (tối đa 10 MB)." });
    if (!uploadUrl) return;
    startUpload(async () => {
      const response = await fetch(uploadUrl, { method: "POST", body: form }).catch(() => null);
      const answer = (await response?.json().catch(() => null)) as Answer | null;
      if (!answer) return setMessage({ ok: false, text: "Không gửi được tệp. Vui lòng thử lại." });
      setMessage(
        answer.ok ? { ok: true, text: `Đã đính kèm ${file.name}.` } : { ok: false, text: messageOf(answer) },
      );
      if (answer.ok) {
        formRef.current?.reset();
        router.refresh();
      }
    });
  };
  const removeFile = (file: EvidenceFile) => {
    if (!remove || !window.confirm(`Gỡ tệp minh chứng “${file.fileName}”?`)) return;
    startRemove(async () => {
      const answer = await remove(file.id).catch(() => null);
      if (!answer) return setMessage({ ok: false, text: "Không gỡ được tệp. Vui lòng thử lại." });
      setMessage(
        answer.ok ? { ok: true, text: `Đã gỡ ${file.fileName}.` } : { ok: false, text: messageOf(answer) },
      );
      if (answer.ok) router.refresh();
    });
  };
  return (
    <div className="space-y-2 text-sm">
      {files.length === 0 ? (
        <p className="text-stone-600">Chưa có tệp minh chứng.</p>
      ) : (
        <ul aria-label="Tệp minh chứng" className="space-y-1">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-x-2">
              <a href={`/api/tep/${file.id}`} className="break-all font-medium text-brand-800 underline">
                {file.fileName}
              </a>
              <span className="text-stone-500">({formatFileSize(file.size)})</span>
              {remove && (
                <button
                  type="button"
                  onClick={() => removeFile(file)}
                  disabled={pending}
                  aria-label={`Gỡ tệp ${file.fileName}`}
                  className="text-brand-800 underline disabled:opacity-50"
                >
                  Gỡ
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {uploadUrl && (
        <form ref={formRef} onSubmit={upload} className="no-print flex flex-wrap items-end gap-2">
          <div className="min-w-0">
            <label htmlFor={inputId} className="block font-medium text-stone-700">
              Đính kèm tệp minh chứng
            </label>
            <p id={`${inputId}-hint`} className="text-xs text-stone-500">
              PDF, JPEG, PNG, Word hoặc Excel; tối đa 10 MB mỗi tệp.
            </p>
            <FileInput id={inputId} name="file" accept={ACCEPT} aria-describedby={`${inputId}-hint`} />
          </div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
          >
            {uploading ? "Đang tải lên…" : "Tải lên"}
          </button>
        </form>
      )}
      {removing && (
        <p role="status" className="text-stone-600">
          Đang gỡ tệp…
        </p>
      )}
      {message && !pending && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-green-800" : "rounded-md bg-brand-50 px-3 py-2 text-brand-800"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
