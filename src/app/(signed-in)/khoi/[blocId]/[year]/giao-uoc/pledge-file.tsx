"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { FileInput } from "@/components/forms/file-input";
import { FormStatus } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { removePledgeFileAction } from "./actions";

type Props = {
  blocYearId: string;
  uploadUrl: string;
  version: number;
  attachment: { id: string; fileName: string; size: number } | null;
  editable: boolean;
};
type UploadResult = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

const MAX_BYTES = 10 * 1024 * 1024;

/** The signed pledge as a scanned PDF/JPEG/PNG (≤ 10 MB), downloaded through /api/tep. */
export function PledgeFile({ blocYearId, uploadUrl, version, attachment, editable }: Props) {
  const router = useRouter();
  const fileId = useId();
  const [result, setResult] = useState<UploadResult | null>(null);
  const [uploading, startUpload] = useTransition();
  const remove = useKeptForm(removePledgeFileAction);
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return setResult({ ok: false, formError: "Vui lòng chọn tệp." });
    if (file.size > MAX_BYTES) return setResult({ ok: false, formError: "Tệp quá lớn (tối đa 10 MB)." });
    startUpload(async () => {
      const response = await fetch(uploadUrl, { method: "POST", body: form }).catch(() => null);
      const answer = (await response?.json().catch(() => null)) as UploadResult | null;
      setResult(answer ?? { ok: false, formError: "Không gửi được tệp. Vui lòng thử lại." });
      if (answer?.ok) router.refresh();
    });
  };
  return (
    <div className="space-y-3">
      {attachment ? (
        <p className="text-sm">
          Tệp đính kèm:{" "}
          <a href={`/api/tep/${attachment.id}`} className="font-medium text-brand-800 underline">
            {attachment.fileName}
          </a>{" "}
          <span className="text-stone-500">({Math.ceil(attachment.size / 1024)} KB)</span>
        </p>
      ) : (
        <p className="text-sm text-stone-600">Chưa có bản scan giao ước đã ký.</p>
      )}
      {editable && (
        <form onSubmit={upload} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="version" value={version} />
          <div className="text-sm font-medium text-stone-700">
            <label htmlFor={fileId}>
              {attachment ? "Thay bằng tệp khác" : "Đính kèm tệp"} (PDF, JPEG, PNG, tối đa 10 MB)
            </label>
            <FileInput
              id={fileId}
              name="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            />
          </div>
          <button
            type="submit"
            disabled={uploading}
            className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
          >
            {uploading ? "Đang tải lên…" : "Tải lên"}
          </button>
        </form>
      )}
      <FormStatus state={result} saved="Đã đính kèm tệp." />
      {editable && attachment && (
        <form onSubmit={remove.onSubmit} className="flex items-center gap-3">
          <input type="hidden" name="blocYearId" value={blocYearId} />
          <input type="hidden" name="version" value={version} />
          <button
            type="submit"
            disabled={remove.pending}
            className="text-sm text-brand-800 underline disabled:opacity-50"
          >
            {remove.pending ? "Đang xóa…" : "Gỡ tệp đính kèm"}
          </button>
          <FormStatus state={remove.state} saved="Đã gỡ tệp." />
        </form>
      )}
    </div>
  );
}
