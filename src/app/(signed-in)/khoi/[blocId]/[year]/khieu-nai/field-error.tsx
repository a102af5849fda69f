/** A field's refusal under it, its id the control's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-brand-700">
      {error}
    </p>
  );
}
