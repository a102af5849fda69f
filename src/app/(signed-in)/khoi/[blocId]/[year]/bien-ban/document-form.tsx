"use client";

import "@/components/forms/zod-in-browser";
import { useId, useState, type FormEvent } from "react";
import { z } from "zod";
import { InputField, TextAreaField } from "@/components/forms/form-parts";
import {
  DOCUMENT_KIND_LABEL,
  type DocumentKind,
  type DocumentSettings,
} from "@/domain/documents/document-facts";
import { documentSettingsSchema } from "@/schemas/documents/document-settings";

type Props = { blocYearId: string; year: number; kind: DocumentKind; defaults: DocumentSettings };
type Errors = Partial<Record<string, string>>;

/**
 * The parts of a document a computer cannot know (number, place, date, recipients), checked
 * here as the server checks them, then the .docx fetched and saved; a refusal is shown, not lost.
 */
export function DocumentForm({ blocYearId, year, kind, defaults }: Props) {
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ busy: boolean; message?: string }>({ busy: false });

  async function download(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status.busy) return;
    const form = event.currentTarget;
    const values = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)]));
    const parsed = documentSettingsSchema(kind).safeParse(values);
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error);
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([name, list]) => [name, list?.[0]])));
      setStatus({ busy: false, message: "Vui lòng kiểm tra các ô được đánh dấu." });
      // The first field to correct takes the focus, as a keyboard user expects after Enter.
      requestAnimationFrame(() => form.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    setErrors({});
    setStatus({ busy: true });
    const url = `/api/van-ban/${blocYearId}/${kind}?${new URLSearchParams(values)}`;
    try {
      const response = await fetch(url);
      if (!response.ok) {
        setStatus({ busy: false, message: await response.text() });
        return;
      }
      saveFile(await response.blob(), `${DOCUMENT_KIND_LABEL[kind]} ${year}.docx`);
      setStatus({ busy: false, message: "Đã tạo tệp." });
    } catch {
      setStatus({ busy: false, message: "Không kết nối được máy chủ. Vui lòng thử lại." });
    }
  }

  const field = (name: string) => ({ id: `${id}-${name}`, name, error: errors[name] });
  return (
    <form onSubmit={download} noValidate className="space-y-3" aria-label={DOCUMENT_KIND_LABEL[kind]}>
      {defaults.numberSymbol !== null && (
        <InputField {...field("so")} label="Số, ký hiệu" defaultValue={defaults.numberSymbol} />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField {...field("noi")} label="Địa danh" defaultValue={defaults.place} />
        <InputField {...field("ngay")} label="Ngày ban hành" type="date" defaultValue={defaults.issuedOn} />
      </div>
      {defaults.addressee !== null && (
        <InputField {...field("kinh-gui")} label="Kính gửi" defaultValue={defaults.addressee} />
      )}
      {defaults.recipients.length > 0 && (
        <TextAreaField
          {...field("noi-nhan")}
          label="Nơi nhận"
          hint="Mỗi dòng một nơi nhận."
          rows={4}
          defaultValue={defaults.recipients.join("\n")}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          // Not disabled while busy: a disabled button drops the keyboard focus.
          aria-disabled={status.busy}
          className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 aria-disabled:opacity-50"
        >
          {status.busy ? "Đang tạo tệp…" : "Tải về (.docx)"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-stone-700">
          {status.message}
        </p>
      </div>
    </form>
  );
}

/** Hands a fetched file to the browser's download, under the document's Vietnamese name. */
function saveFile(blob: Blob, fileName: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
