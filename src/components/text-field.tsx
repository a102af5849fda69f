import { describedBy, Field } from "./forms/form-parts";

type TextFieldProps = {
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input with its errors announced to screen readers. */
export function TextField({
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  errors,
  hint,
}: TextFieldProps) {
  const error = errors?.[0];
  return (
    <Field id={name} label={label} error={error} hint={hint}>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600"
      />
    </Field>
  );
}
