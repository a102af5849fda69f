"use client";

import { useActionState } from "react";
import type { GridRow } from "@/server/queries/scoring/score-grid-types";
import { approveScoreSheetAction, returnScoreSheetAction, submitScoreSheetAction } from "./actions";

type Sheet = NonNullable<GridRow["sheet"]>;

function SheetRef({ sheet }: { sheet: Sheet }) {
  return (
    <>
      <input type="hidden" name="sheetId" value={sheet.id} />
      <input type="hidden" name="version" value={sheet.version} />
    </>
  );
}

function Failure({
  state,
}: {
  state: { ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> } | null;
}) {
  if (!state || state.ok) return null;
  const message = Object.values(state.fieldErrors ?? {}).flat()[0] ?? state.formError;
  return (
    <p role="alert" className="mt-2 text-sm text-red-800">
      {message}
    </p>
  );
}

/** The leader hands in the self-score sheet; after that it is locked unless returned. */
export function SubmitSheetForm({ sheet, unitName }: { sheet: Sheet; unitName: string }) {
  const [state, action, pending] = useActionState(submitScoreSheetAction, null);
  return (
    <form action={action} className="no-print">
      <SheetRef sheet={sheet} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
      >
        {pending ? "Đang nộp…" : `Nộp phiếu tự chấm của ${unitName}`}
      </button>
      <Failure state={state} />
    </form>
  );
}

/** The secretariat approves a submitted sheet or returns it with a reason the unit will read. */
export function ReviewSheetForms({ sheet, unitName }: { sheet: Sheet; unitName: string }) {
  const [approveState, approve, approving] = useActionState(approveScoreSheetAction, null);
  const [returnState, sendBack, returning] = useActionState(returnScoreSheetAction, null);
  const reasonId = `return-reason-${sheet.id}`;
  return (
    <div className="no-print flex flex-wrap items-start gap-4">
      <form action={approve}>
        <SheetRef sheet={sheet} />
        <button
          type="submit"
          disabled={approving || returning}
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {approving ? "Đang duyệt…" : "Duyệt phiếu"}
        </button>
        <Failure state={approveState} />
      </form>
      <form action={sendBack} className="flex flex-1 flex-wrap items-start gap-2">
        <SheetRef sheet={sheet} />
        <label htmlFor={reasonId} className="sr-only">
          Lý do trả lại phiếu của {unitName}
        </label>
        <input
          id={reasonId}
          name="reason"
          placeholder="Lý do trả lại"
          defaultValue={returnState && !returnState.ok ? undefined : ""}
          className="min-w-56 flex-1 rounded-md border border-stone-300 px-2 py-1.5 text-sm"
        />
        <button
          type="submit"
          disabled={approving || returning}
          className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50"
        >
          {returning ? "Đang trả lại…" : "Trả lại"}
        </button>
        <Failure state={returnState} />
      </form>
    </div>
  );
}
