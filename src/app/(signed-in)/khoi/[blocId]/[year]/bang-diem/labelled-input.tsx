import { INPUT_CLASS, FieldError } from "./form-messages";

type Props = {
  id: string;
  name?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: "decimal" | "text";
  className?: string;
};

/** A controlled, labelled input: what the user typed survives a failed save. */
export function LabelledInput({
  id,
  name,
  label,
  value,
  onChange,
  error,
  hint,
  inputMode = "text",
  className,
}: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        value={value}
        inputMode={inputMode}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={INPUT_CLASS}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
