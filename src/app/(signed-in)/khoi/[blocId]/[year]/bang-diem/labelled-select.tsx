import type { ReactNode } from "react";
import { INPUT_CLASS } from "./form-messages";

type Props<K extends string> = {
  id: string;
  label: string;
  /** Each choice's label, in the order shown. */
  options: Record<K, string>;
  value: K;
  onChange: (value: K) => void;
  /** A different accessible name than the visible label (e.g. naming the row it belongs to). */
  ariaLabel?: string;
  hint?: ReactNode;
  className?: string;
};

/** A controlled, labelled select over a fixed vocabulary of the rules. */
export function LabelledSelect<K extends string>({
  id,
  label,
  options,
  value,
  onChange,
  ariaLabel,
  hint,
  className,
}: Props<K>) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-label={ariaLabel}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value as K)}
        className={`${INPUT_CLASS} max-w-full`}
      >
        {(Object.keys(options) as K[]).map((option) => (
          <option key={option} value={option}>
            {options[option]}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
    </div>
  );
}
