import { toIsoDay } from "@/domain/calendar";
import type { ReactNode } from "react";
import { DateField } from "../date-field";
import { ErrorMessage } from "./error-message";

const INPUT =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 disabled:bg-stone-100";

type FieldProps = { id: string; name: string; label: string; error?: string; hint?: string };

/** A labelled control with its hint and error announced next to it. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The aria-describedby of a control whose hint and error `Field` shows. */
export const describedBy = (id: string, error?: string, hint?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** The aria attributes of a hand-made control whose error `Field` shows. */
export const invalidProps = (id: string, error: string | undefined) =>
  error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};

export function InputField(
  props: FieldProps & {
    type?: "text" | "date";
    defaultValue?: string;
    required?: boolean;
    maxLength?: number;
  },
) {
  const { id, name, type = "text", defaultValue, required, maxLength, error, hint } = props;
  if (type === "date")
    return (
      <Field {...props}>
        <DateField
          id={id}
          name={name}
          defaultValue={defaultValue}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className={INPUT}
        />
      </Field>
    );
  return (
    <Field {...props}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={INPUT}
      />
    </Field>
  );
}

export function TextAreaField(props: FieldProps & { defaultValue?: string; rows?: number }) {
  const { id, name, defaultValue, rows = 3, error, hint } = props;
  return (
    <Field {...props}>
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={INPUT}
      />
    </Field>
  );
}

type SelectProps = FieldProps & {
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  placeholder?: string;
  onChange?: (value: string) => void;
};

export function SelectField(props: SelectProps) {
  const { id, name, options, defaultValue, placeholder, error, hint, onChange } = props;
  return (
    <Field {...props}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        onChange={onChange && ((event) => onChange(event.target.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={INPUT}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function SubmitButton({
  pending,
  children,
  variant = "primary",
}: {
  pending: boolean;
  children: ReactNode;
  variant?: "primary" | "secondary";
}) {
  const look =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : "border border-brand-700 text-brand-800 hover:bg-brand-50";
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md px-3 py-2 text-sm font-medium disabled:opacity-50 ${look}`}
    >
      {pending ? "Đang lưu…" : children}
    </button>
  );
}

/** The form's outcome: the error to fix, or a short confirmation. */
export function FormStatus({
  state,
  saved = "Đã lưu.",
}: {
  state: { ok: boolean; formError?: string; fieldErrors?: unknown } | null;
  saved?: string;
}) {
  if (!state) return null;
  if (state.ok)
    return (
      <p role="status" className="text-sm text-green-800">
        {saved}
      </p>
    );
  const message = state.formError ?? "Vui lòng kiểm tra các ô được đánh dấu.";
  return (
    <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
      <ErrorMessage message={message} />
    </p>
  );
}

export const isoDateValue = (date: Date | null | undefined) => (date ? toIsoDay(date) : "");
