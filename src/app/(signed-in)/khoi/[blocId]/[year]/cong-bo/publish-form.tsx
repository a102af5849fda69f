"use client";

import "@/components/forms/zod-in-browser";
import { useActionState, useState } from "react";
import { openChecklistItems, type ChecklistItem } from "@/domain/publishing";
import { OVERRIDE_REASON_FIELD } from "@/schemas/publishing/publishing";
import { BUTTON, FormAlert, INPUT, fieldError } from "../khen-thuong/form-alert";
import { publishYearAction } from "./actions";
import { CHECK_TITLE } from "./check-titles";
import { PublishChecklistView } from "./publish-checklist-view";

type Props = {
  blocYearId: string;
  version: number;
  correctionReason: string | null;
  checklist: ChecklistItem[];
};

/**
 * Publishing is final: the checklist must have no blocking item open, every other open item
 * needs a reason (kept in the snapshot), and the person confirms they checked the results.
 */
export function PublishForm({ blocYearId, version, correctionReason, checklist }: Props) {
  const [state, action, pending] = useActionState(publishYearAction, null);
  const correcting = correctionReason !== null;
  const { blocking, overridable } = openChecklistItems(checklist);
  // Controlled, so a refused attempt keeps what was typed (React resets a form after its action).
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [confirmed, setConfirmed] = useState(false);
  const confirmError = fieldError(state, "confirm");
  return (
    // The server checks everything in one pass and answers in Vietnamese; no browser bubbles.
    <form action={action} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={version} />
      {correcting && (
        <p className="text-sm text-stone-700">
          Lý do đính chính: <strong>{correctionReason}</strong>
        </p>
      )}
      <PublishChecklistView items={checklist} />
      {blocking.length > 0 && (
        <p className="text-sm font-medium text-red-800">
          Chưa công bố được: hãy xử lý các mục đánh dấu ✗ rồi tải lại trang.
        </p>
      )}
      {blocking.length === 0 &&
        overridable.map((item) => (
          <label key={item.code} className="block text-sm">
            <span className="font-medium">Lý do vẫn công bố ({CHECK_TITLE[item.code]})</span>
            <textarea
              name={`${OVERRIDE_REASON_FIELD}${item.code}`}
              value={reasons[item.code] ?? ""}
              onChange={(event) => setReasons((current) => ({ ...current, [item.code]: event.target.value }))}
              required
              maxLength={1000}
              rows={2}
              className={INPUT}
            />
          </label>
        ))}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
          required
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "publish-confirm-error" : undefined}
          className="mt-1"
        />
        <span>
          Tôi đã kiểm tra điểm, xếp hạng, kết quả bỏ phiếu và đề nghị khen thưởng. Sau khi công bố, kết quả
          được lưu thành một bản không sửa được và mọi dữ liệu của năm chỉ còn xem được.
        </span>
      </label>
      {confirmError && (
        <p id="publish-confirm-error" className="text-sm text-brand-700">
          {confirmError}
        </p>
      )}
      <button type="submit" disabled={pending || blocking.length > 0} className={BUTTON}>
        {pending ? "Đang công bố…" : correcting ? "Công bố bản đính chính" : "Công bố kết quả"}
      </button>
      <FormAlert state={state} success={state?.ok ? `Đã công bố bản số ${state.data.number}.` : undefined} />
    </form>
  );
}
