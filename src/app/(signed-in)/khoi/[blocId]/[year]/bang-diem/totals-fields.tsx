"use client";

import type { RoundingMode } from "@/domain/scoring";
import { ROUNDING_MODE_LABEL } from "@/domain/vocabulary";
import { INPUT_CLASS } from "./form-messages";
import type { RulesFormState } from "./rules-form-state";

type Totals = RulesFormState["totals"];

/** How the total is made: where the task points are rounded, and whether it may fall below 0. */
export function TotalsFields({ value, onChange }: { value: Totals; onChange: (value: Totals) => void }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">Tổng điểm</legend>
      <div>
        <label htmlFor="rules-rounding" className="block text-xs font-medium text-stone-700">
          Làm tròn điểm các tiêu chí tính từ nhiệm vụ
        </label>
        <select
          id="rules-rounding"
          value={value.rounding}
          onChange={(event) => onChange({ ...value, rounding: event.target.value as RoundingMode })}
          aria-describedby="rules-rounding-hint"
          className={INPUT_CLASS}
        >
          {(Object.keys(ROUNDING_MODE_LABEL) as RoundingMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {ROUNDING_MODE_LABEL[mode]}
            </option>
          ))}
        </select>
        <p id="rules-rounding-hint" className="mt-1 text-xs text-stone-500">
          Ví dụ hai tiêu chí cùng được 6,666… điểm: làm tròn từng tiêu chí cho 6,67 + 6,67 = 13,34; làm tròn
          một lần ở tổng cho 13,33. Điểm từng tiêu chí vẫn hiện đã làm tròn; phần chênh lệch có dòng riêng
          trong phần giải thích.
        </p>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={value.allowNegative}
          onChange={(event) => onChange({ ...value, allowNegative: event.target.checked })}
        />
        Cho phép tổng điểm âm (bỏ chọn: tổng điểm thấp nhất là 0)
      </label>
    </fieldset>
  );
}
