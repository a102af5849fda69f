"use client";

import { DateField } from "@/components/date-field";
import { useActionState, useState } from "react";
import { resolveEligibilityFlagAction } from "./actions";
import { invalidProps } from "@/components/forms/form-parts";
import { FormAlert, INPUT, SECONDARY_BUTTON, fieldError } from "./form-alert";

/** Marks one open flag resolved on a date. */
export function ResolveFlagForm({ flagId, unitName }: { flagId: string; unitName: string }) {
  const [state, action, pending] = useActionState(resolveEligibilityFlagAction, null);
  const [resolvedOn, setResolvedOn] = useState("");
  const id = `resolve-${flagId}`;
  const error = fieldError(state, "resolvedOn");
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="flagId" value={flagId} />
      <label htmlFor={id} className="sr-only">
        Ngày giải quyết xong ({unitName})
      </label>
      <DateField
        id={id}
        name="resolvedOn"
        value={resolvedOn}
        onValueChange={setResolvedOn}
        className={`${INPUT} mt-0 w-40`}
        {...invalidProps(id, error)}
      />
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
        {pending ? "Đang lưu…" : "Đã giải quyết"}
      </button>
      {error && (
        <p id={`${id}-error`} className="w-full text-sm text-brand-700">
          {error}
        </p>
      )}
      <FormAlert state={state} />
    </form>
  );
}
