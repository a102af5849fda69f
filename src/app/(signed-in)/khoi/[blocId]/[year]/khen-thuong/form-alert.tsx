import type { ActionResult } from "@/server/action-result";

/** The form-level outcome of an action: the refusal in words, or a short confirmation. */
export function FormAlert({ state, success }: { state: ActionResult<unknown> | null; success?: string }) {
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p role="status" className="text-sm text-emerald-800">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
      {state.formError}
    </p>
  );
}

export const fieldError = (state: ActionResult<unknown> | null, field: string) =>
  state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;

export const BUTTON =
  "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50";
export const SECONDARY_BUTTON =
  "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50";
export const INPUT =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600";
