import type { ReactNode } from "react";
import { describedBy, Field as LabelledField } from "@/components/forms/form-parts";

type FieldProps = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** The shared labelled field, for controls built here: they get its aria-describedby and invalid flag. */
export function Field({ name, label, errors, hint, children }: FieldProps) {
  const error = errors?.[0];
  return (
    <LabelledField id={name} label={label} error={error} hint={hint}>
      {children(describedBy(name, error, hint), Boolean(error))}
    </LabelledField>
  );
}

export const INPUT_CLASS =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600";

/** Where another editor's saved value differs from what this form holds. */
export function SavedMeanwhile({ value }: { value: string | undefined }) {
  if (value === undefined) return null;
  return (
    <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
      Giá trị vừa được lưu bởi người khác: <strong>{value || "(trống)"}</strong>
    </p>
  );
}

export function SubmitButton({
  pending,
  label,
  disabled,
}: {
  pending: boolean;
  label: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
    >
      {pending ? "Đang lưu…" : label}
    </button>
  );
}

export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
      {message}
    </p>
  );
}

/** The message of a refused save: on a conflict, what happened and what the user can do now. */
export function failureMessage(failed: { formError?: string; current?: unknown } | null): string | undefined {
  if (!failed) return undefined;
  return failed.current
    ? "Nhiệm vụ vừa được người khác cập nhật. Nội dung bạn nhập vẫn được giữ nguyên; giá trị người khác vừa lưu hiện dưới từng ô. Bấm Lưu lần nữa để ghi đè, hoặc tải lại trang để bỏ nội dung của bạn."
    : failed.formError;
}
