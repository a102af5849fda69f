"use client";

import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & { id: string };

/**
 * A file field that speaks Vietnamese whatever the browser's language: the native control says
 * "Choose File / No file chosen" in an English Chromium. The input stays in the page (visually
 * hidden, still focusable and labelled by the caller's label for its id); a button-like label
 * opens it and the chosen file's name shows beside. A form reset clears the name too.
 */
export function FileInput({ id, onChange, ...props }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    const form = input.current?.form;
    const clear = () => setChosen(null);
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);
  return (
    <span className="mt-1 flex max-w-full flex-wrap items-center gap-2 text-sm">
      <input
        {...props}
        ref={input}
        id={id}
        type="file"
        className="peer sr-only"
        onChange={(event) => {
          setChosen(event.currentTarget.files?.[0]?.name ?? null);
          onChange?.(event);
        }}
      />
      {/* Hidden from the accessibility tree: the input itself is the control, named by its own label. */}
      <label
        htmlFor={id}
        aria-hidden
        className="cursor-pointer rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-stone-800 hover:border-brand-600 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-50"
      >
        Chọn tệp…
      </label>
      <span aria-hidden className="min-w-0 truncate text-stone-600">
        {chosen ?? "Chưa chọn tệp"}
      </span>
    </span>
  );
}
