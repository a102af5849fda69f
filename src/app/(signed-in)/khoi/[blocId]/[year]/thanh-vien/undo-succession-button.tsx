"use client";

import { useActionState, useState } from "react";
import { Field, invalidProps } from "@/components/forms/form-parts";
import { FormAlert, INPUT, SECONDARY_BUTTON, fieldError } from "../khen-thuong/form-alert";
import { undoSuccessionAction } from "./actions";

type Props = {
  blocYearId: string;
  successionId: string;
  /** Told what changed once the undo is saved: the list item itself then disappears. */
  onUndone: () => void;
};

/**
 * Undoes a merger recorded by mistake after the person confirms it and says why (kept in the
 * audit log); the server refuses when a published year rests on it.
 */
export function UndoSuccessionButton({ blocYearId, successionId, onUndone }: Props) {
  const [state, action, pending] = useActionState(
    async (previous: Parameters<typeof undoSuccessionAction>[0], form: FormData) => {
      const result = await undoSuccessionAction(previous, form);
      if (result.ok) onUndone();
      return result;
    },
    null,
  );
  const [reason, setReason] = useState("");
  const id = `undo-succession-reason-${successionId}`;
  const error = fieldError(state, "reason");
  return (
    <details className="mt-2" open={state?.ok === false}>
      <summary className="cursor-pointer font-medium text-brand-800">Huỷ hợp nhất ghi nhầm…</summary>
      <form action={action} className="mt-2 space-y-3">
        <input type="hidden" name="blocYearId" value={blocYearId} />
        <input type="hidden" name="successionId" value={successionId} />
        <p className="text-stone-700">
          Đơn vị được hợp nhất trở lại là thành viên, đơn vị kế thừa thôi là thành viên từ ngày hợp nhất (nếu
          không kế thừa đơn vị nào khác). Việc huỷ được ghi vào nhật ký cùng lý do.
        </p>
        <Field id={id} label="Lý do huỷ" error={error}>
          <textarea
            id={id}
            name="reason"
            rows={2}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={INPUT}
            {...invalidProps(id, error)}
          />
        </Field>
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
          {pending ? "Đang huỷ…" : "Xác nhận huỷ hợp nhất"}
        </button>
        <FormAlert state={state} />
      </form>
    </details>
  );
}
