"use client";

import { ROUNDING_MODE_LABEL } from "@/domain/vocabulary";
import { LabelledSelect } from "./labelled-select";
import type { RulesFormState } from "./rules-form-state";

type Totals = RulesFormState["totals"];

/** How the total is made: where the task points are rounded, and whether it may fall below 0. */
export function TotalsFields({ value, onChange }: { value: Totals; onChange: (value: Totals) => void }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">Tổng điểm</legend>
      <LabelledSelect
        id="rules-rounding"
        label="Làm tròn điểm các tiêu chí tính từ nhiệm vụ"
        options={ROUNDING_MODE_LABEL}
        value={value.rounding}
        onChange={(rounding) => onChange({ ...value, rounding })}
        hint="Ví dụ hai tiêu chí cùng được 6,666… điểm: làm tròn từng tiêu chí cho 6,67 + 6,67 = 13,34; làm tròn một lần ở tổng cho 13,33. Điểm từng tiêu chí vẫn hiện đã làm tròn; phần chênh lệch có dòng riêng trong phần giải thích."
      />
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
