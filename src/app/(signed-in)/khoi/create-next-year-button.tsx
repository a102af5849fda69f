"use client";

import { useActionState } from "react";
import { createNextBlocYearAction } from "./actions";

/** Creates year N+1 by copying year N's members, score table and rules. */
export function CreateNextYearButton({
  fromBlocYearId,
  nextYear,
}: {
  fromBlocYearId: string;
  nextYear: number;
}) {
  const [state, action, pending] = useActionState(createNextBlocYearAction, null);
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="fromBlocYearId" value={fromBlocYearId} />
      <button
        type="submit"
        disabled={pending}
        title={`Sao chép thành viên, bảng điểm và quy tắc của năm ${nextYear - 1}`}
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50"
      >
        {pending ? "Đang tạo…" : `Tạo năm ${nextYear}`}
      </button>
      {state && !state.ok && (
        <p role="alert" className="mt-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {state.formError}
        </p>
      )}
    </form>
  );
}
