"use client";

import { useState } from "react";
import { TIE_BREAK_RULES, type TieBreakRule } from "@/domain/scoring";
import { INPUT_CLASS, SECONDARY_BUTTON } from "./form-messages";
import { tieBreakTitle } from "@/domain/vocabulary";

const SMALL =
  "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-50 disabled:opacity-40";

function swap<T>(items: readonly T[], index: number, other: number): T[] {
  const next = [...items];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

/** The ordered tie-break chain, from the fixed vocabulary, each rule at most once. */
export function TieBreakEditor({
  value,
  onChange,
  error,
}: {
  value: TieBreakRule[];
  onChange: (value: TieBreakRule[]) => void;
  error?: string;
}) {
  const unused = TIE_BREAK_RULES.filter((rule) => !value.includes(rule));
  const [chosen, setChosen] = useState<TieBreakRule | "">("");
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">Chuỗi tiêu chí phân định khi bằng điểm</legend>
      {value.length === 0 ? (
        <p className="text-sm text-stone-600">
          Chưa có tiêu chí phân định: các đơn vị bằng điểm sẽ đồng hạng.
        </p>
      ) : (
        <ol className="space-y-1 text-sm">
          {value.map((rule, index) => (
            <li key={rule} className="flex flex-wrap items-center gap-2">
              <span className="w-6 text-right tabular-nums">{index + 1}.</span>
              <span className="flex-1">{tieBreakTitle(rule)}</span>
              <button
                type="button"
                className={SMALL}
                disabled={index === 0}
                onClick={() => onChange(swap(value, index, index - 1))}
                aria-label={`Đưa “${tieBreakTitle(rule)}” lên`}
              >
                Lên
              </button>
              <button
                type="button"
                className={SMALL}
                disabled={index === value.length - 1}
                onClick={() => onChange(swap(value, index, index + 1))}
                aria-label={`Đưa “${tieBreakTitle(rule)}” xuống`}
              >
                Xuống
              </button>
              <button
                type="button"
                className={SMALL}
                onClick={() => onChange(value.filter((other) => other !== rule))}
                aria-label={`Bỏ “${tieBreakTitle(rule)}”`}
              >
                Bỏ
              </button>
            </li>
          ))}
        </ol>
      )}
      {unused.length > 0 && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="tie-break-add" className="block text-xs font-medium text-stone-700">
              Thêm tiêu chí phân định
            </label>
            <select
              id="tie-break-add"
              className={INPUT_CLASS}
              value={chosen}
              onChange={(event) => setChosen(event.target.value as TieBreakRule)}
            >
              <option value="" disabled>
                — Chọn —
              </option>
              {unused.map((rule) => (
                <option key={rule} value={rule}>
                  {tieBreakTitle(rule)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className={SECONDARY_BUTTON}
            disabled={chosen === ""}
            onClick={() => {
              if (chosen !== "" && !value.includes(chosen)) onChange([...value, chosen]);
              setChosen("");
            }}
          >
            Thêm
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-xs text-brand-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
