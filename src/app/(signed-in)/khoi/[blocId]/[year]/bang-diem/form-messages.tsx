type Failure = { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/** A save's error (or the form-level part of it), announced to screen readers. */
export function FormError({ state }: { state: { ok: boolean } | null }) {
  if (!state || state.ok) return null;
  const message = (state as Failure).formError;
  if (!message) return null;
  return (
    <p role="alert" tabIndex={-1} className="mt-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
      {message}
    </p>
  );
}

export function fieldErrorOf(state: { ok: boolean } | null, field: string): string | undefined {
  if (!state || state.ok) return undefined;
  return (state as Failure).fieldErrors?.[field]?.[0];
}

export const INPUT_CLASS =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600";
export const PRIMARY_BUTTON =
  "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50";
export const SECONDARY_BUTTON =
  "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-50 disabled:opacity-50";

/** A field's message under it, as `${id}-error` for the field's aria-describedby. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-xs text-brand-700">
      {error}
    </p>
  );
}
