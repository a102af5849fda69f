"use client";

import { startTransition, useActionState, type FormEvent } from "react";

type Result =
  | { ok: true; data: unknown }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * useActionState without React's automatic form reset: the fields keep what the user typed when
 * a save fails (validation, conflict), so nothing is lost. A form that should start empty after
 * a success is remounted by its parent (a `key` that changes with the saved data).
 */
export function useKeptForm<R extends Result>(action: (previous: R | null, form: FormData) => Promise<R>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined);
  return { state, pending, onSubmit, errorOf };
}
