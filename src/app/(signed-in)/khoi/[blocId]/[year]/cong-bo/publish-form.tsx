"use client";

import { useActionState } from "react";
import { BUTTON, FormAlert } from "../khen-thuong/form-alert";
import { publishYearAction } from "./actions";

type Props = { blocYearId: string; version: number; correctionReason: string | null };

/** Publishing is final: the person confirms they checked the results before the button works. */
export function PublishForm({ blocYearId, version, correctionReason }: Props) {
  const [state, action, pending] = useActionState(publishYearAction, null);
  const correcting = correctionReason !== null;
  return (
    <form action={action} className="mt-3 space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={version} />
      {correcting && (
        <p className="text-sm text-stone-700">
          Lý do đính chính: <strong>{correctionReason}</strong>
        </p>
      )}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" required className="mt-1" />
        <span>
          Tôi đã kiểm tra điểm, xếp hạng, kết quả bỏ phiếu và đề nghị khen thưởng. Sau khi công bố, kết quả
          được lưu thành một bản không sửa được và mọi dữ liệu của năm chỉ còn xem được.
        </span>
      </label>
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Đang công bố…" : correcting ? "Công bố bản đính chính" : "Công bố kết quả"}
      </button>
      <FormAlert state={state} success={state?.ok ? `Đã công bố bản số ${state.data.number}.` : undefined} />
    </form>
  );
}
