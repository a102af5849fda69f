"use client";

import { useActionState, useState } from "react";
import { Field, invalidProps } from "@/components/forms/form-parts";
import { FormAlert, INPUT, SECONDARY_BUTTON, fieldError } from "../khen-thuong/form-alert";
import { openCorrectionAction } from "./actions";

/** Reopens a published year; the reason is kept in the audit log and on the next snapshot. */
export function OpenCorrectionForm({ blocYearId, version }: { blocYearId: string; version: number }) {
  const [state, action, pending] = useActionState(openCorrectionAction, null);
  const [reason, setReason] = useState("");
  const error = fieldError(state, "reason");
  return (
    <form action={action} className="mt-3 space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={version} />
      <Field id="correction-reason" label="Lý do đính chính" error={error}>
        <textarea
          id="correction-reason"
          name="reason"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className={INPUT}
          {...invalidProps("correction-reason", error)}
        />
      </Field>
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
        {pending ? "Đang mở…" : "Mở đính chính"}
      </button>
      <FormAlert state={state} />
    </form>
  );
}
