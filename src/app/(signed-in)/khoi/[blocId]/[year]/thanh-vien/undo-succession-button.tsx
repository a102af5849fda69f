"use client";

import { useActionState } from "react";
import { undoSuccessionAction } from "./actions";
import { FormStatus, SubmitButton } from "@/components/forms/form-parts";

/** Undoes a merger recorded by mistake; the server refuses when a published year rests on it. */
export function UndoSuccessionButton({
  blocYearId,
  successionId,
}: {
  blocYearId: string;
  successionId: string;
}) {
  const [state, action, pending] = useActionState(undoSuccessionAction, null);
  return (
    <form action={action} className="mt-2 flex items-center gap-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="successionId" value={successionId} />
      <SubmitButton pending={pending} variant="secondary">
        Huỷ hợp nhất ghi nhầm
      </SubmitButton>
      <FormStatus state={state} saved="Đã huỷ hợp nhất." />
    </form>
  );
}
