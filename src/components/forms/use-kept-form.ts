"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";

type Result =
  | { ok: true; data: unknown }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * useActionState without React's automatic form reset: the fields keep what the user typed when
 * a save fails (validation, conflict), so nothing is lost. A form that should start empty after
 * a success is remounted by its parent (a `key` that changes with the saved data).
 *
 * A submission the browser refuses (a field's own check, such as a date that cannot be read)
 * never reaches the server, so the last result would stay on screen beside the field's
 * message: a form that passes `onInvalid` hides it until the next submission.
 */
export function useKeptForm<R extends Result>(action: (previous: R | null, form: FormData) => Promise<R>) {
  const [result, dispatch, pending] = useActionState(action, null);
  const [refusedInBrowser, setRefusedInBrowser] = useState(false);
  const state = refusedInBrowser ? null : result;
  const onInvalid = () => setRefusedInBrowser(true);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusedInBrowser(false);
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined);
  return { state, pending, onSubmit, onInvalid, errorOf };
}
