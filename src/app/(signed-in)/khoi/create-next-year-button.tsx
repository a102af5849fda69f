"use client";

import { useActionState } from "react";
import { createNextBlocYearAction, previewNextBlocYearAction } from "./actions";
import { NextYearPreviewList } from "./next-year-preview";

const BUTTON =
  "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50";

/**
 * "Tạo năm N+1" in two steps: first the member list it would write (recorded mergers applied),
 * then the secretariat confirms that list; a list changed meanwhile is refused, not applied.
 */
export function CreateNextYearButton({
  fromBlocYearId,
  nextYear,
}: {
  fromBlocYearId: string;
  nextYear: number;
}) {
  const [preview, previewAction, previewing] = useActionState(previewNextBlocYearAction, null);
  const [created, createAction, creating] = useActionState(createNextBlocYearAction, null);
  const failure =
    (created && !created.ok && created.formError) || (preview && !preview.ok && preview.formError);
  return (
    <div className="mt-3">
      <form action={previewAction}>
        <input type="hidden" name="fromBlocYearId" value={fromBlocYearId} />
        <button
          type="submit"
          disabled={previewing}
          title={`Xem danh sách thành viên, bảng điểm và quy tắc sẽ chép từ năm ${nextYear - 1}`}
          className={BUTTON}
        >
          {previewing ? "Đang chuẩn bị…" : `Tạo năm ${nextYear}`}
        </button>
      </form>
      {preview?.ok && (
        <form action={createAction} className="mt-3 rounded-md border border-stone-200 bg-stone-50 p-4">
          <NextYearPreviewList preview={preview.data} />
          <input type="hidden" name="fromBlocYearId" value={fromBlocYearId} />
          <input type="hidden" name="previewStamp" value={preview.data.stamp} />
          <button type="submit" disabled={creating} className={`mt-3 ${BUTTON}`}>
            {creating ? "Đang tạo…" : `Xác nhận tạo năm ${nextYear}`}
          </button>
        </form>
      )}
      {failure && (
        <p role="alert" className="mt-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {failure}
        </p>
      )}
    </div>
  );
}
