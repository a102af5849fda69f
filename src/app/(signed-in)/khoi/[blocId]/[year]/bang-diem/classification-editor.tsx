"use client";

import { SECONDARY_BUTTON } from "./form-messages";
import { LabelledInput } from "./labelled-input";
import type { RulesFormErrors, RulesFormState } from "./rules-form-state";

type Level = RulesFormState["levels"][number];
type Props = { value: Level[]; onChange: (value: Level[]) => void; errors: RulesFormErrors };

const SMALL =
  "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-50 disabled:opacity-40";

/** Classification levels, best first: a unit gets the first level whose thresholds it meets. */
export function ClassificationEditor({ value, onChange, errors }: Props) {
  const update = (index: number, patch: Partial<Level>) =>
    onChange(value.map((level, i) => (i === index ? { ...level, ...patch } : level)));
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">Mức xếp loại (từ cao xuống thấp)</legend>
      <p className="mb-2 text-xs text-stone-500">
        Ngưỡng tính theo % thang điểm; để trống nếu không yêu cầu. Đơn vị được xếp vào mức đầu tiên đạt đủ
        ngưỡng.
      </p>
      {errors.levels && (
        <p role="alert" className="mb-2 text-xs text-brand-700">
          {errors.levels}
        </p>
      )}
      <ol className="space-y-3">
        {value.map((level, index) => (
          <li key={index} className="grid gap-2 rounded-md border border-stone-200 p-2 sm:grid-cols-12">
            <LabelledInput
              id={`level-${index}-code`}
              label={`Mức ${index + 1}: mã`}
              value={level.code}
              onChange={(code) => update(index, { code })}
              error={errors[`levels.${index}.code`]}
              className="sm:col-span-2"
            />
            <LabelledInput
              id={`level-${index}-label`}
              label="Tên mức"
              value={level.label}
              onChange={(label) => update(index, { label })}
              error={errors[`levels.${index}.label`]}
              className="sm:col-span-4"
            />
            <LabelledInput
              id={`level-${index}-min`}
              label="Tổng điểm tối thiểu (% thang)"
              inputMode="decimal"
              value={level.minPercent}
              onChange={(minPercent) => update(index, { minPercent })}
              error={errors[`levels.${index}.minPercent`]}
              className="sm:col-span-2"
            />
            <LabelledInput
              id={`level-${index}-every`}
              label="Mỗi tiêu chí tối thiểu (%)"
              inputMode="decimal"
              value={level.minEvery}
              onChange={(minEvery) => update(index, { minEvery })}
              error={errors[`levels.${index}.minEvery`]}
              className="sm:col-span-2"
            />
            <div className="flex items-end gap-1 sm:col-span-2">
              <button
                type="button"
                className={SMALL}
                disabled={index === 0}
                onClick={() =>
                  onChange(
                    value.map((l, i) => (i === index ? value[index - 1]! : i === index - 1 ? level : l)),
                  )
                }
                aria-label={`Đưa mức ${index + 1} lên`}
              >
                Lên
              </button>
              <button
                type="button"
                className={SMALL}
                disabled={index === value.length - 1}
                onClick={() =>
                  onChange(
                    value.map((l, i) => (i === index ? value[index + 1]! : i === index + 1 ? level : l)),
                  )
                }
                aria-label={`Đưa mức ${index + 1} xuống`}
              >
                Xuống
              </button>
              <button
                type="button"
                className={SMALL}
                disabled={value.length === 1}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={`Xóa mức ${index + 1}`}
              >
                Xóa
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`mt-2 ${SECONDARY_BUTTON}`}
        onClick={() => onChange([...value, { code: "", label: "", minPercent: "", minEvery: "" }])}
      >
        Thêm mức xếp loại
      </button>
    </fieldset>
  );
}
