"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { addDays, formatDate, isIsoDay, maskDateEntry, readDateEntry } from "@/domain/calendar";

type Props = {
  id?: string;
  /** The name the form posts: always yyyy-mm-dd (or empty), whatever is shown. */
  name?: string;
  /** yyyy-mm-dd. */
  defaultValue?: string;
  /** yyyy-mm-dd, for a field its form controls; "" while what is typed is no day. */
  value?: string;
  onValueChange?: (iso: string) => void;
  /**
   * The text itself, as typed, for a table that keeps every cell's text and lets its row's save
   * read it (with `onTextChange`); `value` is then not used.
   */
  text?: string;
  onTextChange?: (text: string) => void;
  /** Keys the field leaves alone (all but ↑ and ↓ on a day), e.g. a table's moves. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  "data-cell"?: string;
};

// A posted value comes back as yyyy-mm-dd, or as typed when it was no day (kept, to correct).
const shown = (value: string | undefined) => (!value ? "" : isIsoDay(value) ? formatDate(value) : value);
const isoOf = (text: string) => {
  const entry = readDateEntry(text);
  return entry.kind === "day" ? entry.iso : "";
};

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's locale (a native date input shows
 * mm/dd/yyyy in an English browser), posting yyyy-mm-dd under `name` so every schema reads one
 * format. An impossible day ("31/02/2025") is named as such and stops the form from being sent;
 * ↑ and ↓ move a day.
 */
export function DateField(props: Props) {
  const { id, name, value, onValueChange, onTextChange, required, disabled } = props;
  const [ownText, setOwnText] = useState(() => shown(value ?? props.defaultValue));
  const text = props.text ?? ownText;
  const [touched, setTouched] = useState(false);
  const [seenValue, setSeenValue] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  // A value set from outside (a reset, a computed default) replaces the text; the parent's echo
  // of what is being typed (or "" while it is no day yet) does not.
  if (value !== seenValue) {
    setSeenValue(value);
    if (value !== undefined && value !== isoOf(text)) setOwnText(shown(value));
  }
  const entry = readDateEntry(text);
  const problem =
    entry.kind === "problem"
      ? entry.message
      : entry.kind === "empty" && required
        ? "Vui lòng nhập ngày (dd/mm/yyyy)."
        : null;
  useEffect(() => input.current?.setCustomValidity(problem ?? ""), [problem]);

  const change = (next: string) => {
    setOwnText(next);
    onTextChange?.(next);
    onValueChange?.(isoOf(next));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = event.key === "ArrowUp" ? 1 : event.key === "ArrowDown" ? -1 : 0;
    if (step === 0 || entry.kind !== "day") return props.onKeyDown?.(event);
    event.preventDefault();
    change(formatDate(addDays(entry.iso, step)));
  };
  const errorId = id ? `${id}-date-problem` : undefined;
  const showProblem = touched && problem !== null;
  const describedBy = [props["aria-describedby"], showProblem ? errorId : undefined]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        maxLength={10}
        value={text}
        disabled={disabled}
        onChange={(event) => change(maskDateEntry(event.target.value, text))}
        onBlur={() => {
          afterPointerRelease(() => setTouched(true));
          // "5/10/2024" reads back as "05/10/2024"; an unchanged text is not reported as an edit.
          if (entry.kind === "day" && formatDate(entry.iso) !== text) change(formatDate(entry.iso));
        }}
        onInvalid={() => setTouched(true)}
        onKeyDown={onKeyDown}
        aria-label={props["aria-label"]}
        aria-describedby={describedBy || undefined}
        aria-invalid={props["aria-invalid"] || showProblem || undefined}
        data-cell={props["data-cell"]}
        className={props.className}
      />
      {name && (
        <input
          type="hidden"
          name={name}
          value={entry.kind === "day" ? entry.iso : text}
          disabled={disabled}
        />
      )}
      {showProblem && (
        <p id={errorId} className="mt-1 text-sm text-brand-700">
          {problem}
        </p>
      )}
    </>
  );
}

// A press on a button blurs the field before its click: the message the blur shows would push the
// button away between press and release, and the click would be lost. So the message waits until
// the pointer is released and its click has run.
let pointerDown = false;
if (typeof window !== "undefined") {
  window.addEventListener("pointerdown", () => (pointerDown = true), { capture: true });
  window.addEventListener("pointerup", () => (pointerDown = false), { capture: true });
  window.addEventListener("pointercancel", () => (pointerDown = false), { capture: true });
}

function afterPointerRelease(run: () => void) {
  if (!pointerDown) return run();
  window.addEventListener("pointerup", () => setTimeout(run, 0), { once: true, capture: true });
}
