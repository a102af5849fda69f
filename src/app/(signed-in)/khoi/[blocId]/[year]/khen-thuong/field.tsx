import type { ReactNode } from "react";

/** A labelled control with its error beside it, announced to screen readers. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The aria attributes of a control whose error `Field` shows. */
export const invalidProps = (id: string, error: string | undefined) => (error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {});
