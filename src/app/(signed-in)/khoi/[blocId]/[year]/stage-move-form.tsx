"use client";

import { type ReactNode, useActionState, useState } from "react";
import { Field, invalidProps } from "@/components/forms/form-parts";
import type { StageMove } from "@/domain/year-stages";
import { BUTTON, FormAlert, INPUT, SECONDARY_BUTTON, fieldError } from "./khen-thuong/form-alert";
import { moveYearStageAction } from "./actions";

type Props = {
  blocYearId: string;
  version: number;
  move: StageMove;
  /** More to know before confirming, under the confirmation (e.g. what publishing still flags). */
  children?: ReactNode;
};

/**
 * One move of the year's stage. A backward move asks why (kept in the audit log); a forward move
 * with a confirmation says what it sets going first. Either opens from its summary line.
 */
export function StageMoveForm({ blocYearId, version, move, children }: Props) {
  const [state, action, pending] = useActionState(moveYearStageAction, null);
  const [reason, setReason] = useState("");
  const back = move.direction === "back";
  const id = `stage-reason-${move.to}`;
  const error = fieldError(state, "reason");
  const form = (
    <form action={action} className="space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={move.to} />
      {move.confirmation && <p className="text-sm text-stone-700">{move.confirmation}</p>}
      {children}
      {back && (
        <Field id={id} label="Lý do" error={error}>
          <textarea
            id={id}
            name="reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={INPUT}
            {...invalidProps(id, error)}
          />
        </Field>
      )}
      <button type="submit" disabled={pending} className={back ? SECONDARY_BUTTON : BUTTON}>
        {pending ? "Đang chuyển…" : move.label}
      </button>
      <FormAlert state={state} />
    </form>
  );
  if (!back && !move.confirmation) return form;
  return (
    <details className="rounded-md border border-stone-200 p-3" open={state?.ok === false}>
      <summary className="cursor-pointer text-sm font-medium text-brand-800">{move.label}…</summary>
      <div className="mt-3">{form}</div>
    </details>
  );
}
