"use client";

import { INPUT_CLASS, SECONDARY_BUTTON, FieldError } from "./form-messages";
import { LabelledInput } from "./labelled-input";
import { LabelledSelect } from "./labelled-select";
import type { RulesFormErrors, RulesFormState } from "./rules-form-state";
import { CLASSIFICATION_BASIS_LABEL, KEY_TASK_CONDITION_LABEL } from "@/domain/vocabulary";

type Level = RulesFormState["levels"][number];
type Totals = RulesFormState["totals"];
type Props = {
  value: Level[];
  onChange: (value: Level[]) => void;
  totals: Totals;
  onTotalsChange: (value: Totals) => void;
  errors: RulesFormErrors;
};

const SMALL =
  "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-50 disabled:opacity-40";

/** Classification levels, best first: a unit gets the first level whose thresholds it meets. */
export function ClassificationEditor({ value, onChange, totals, onTotalsChange, errors }: Props) {
  const update = (index: number, patch: Partial<Level>) =>
    onChange(value.map((level, i) => (i === index ? { ...level, ...patch } : level)));
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">Mức xếp loại (từ cao xuống thấp)</legend>
      <p className="mb-2 text-xs text-stone-500">
        Ngưỡng tính theo % thang điểm hoặc theo số điểm; để trống nếu không yêu cầu. Đơn vị được xếp vào mức
        đầu tiên đạt đủ ngưỡng. Tỷ lệ % hiển thị được cắt bớt (không làm tròn lên): 699,99/1000 điểm hiện
        69,99%, không đạt ngưỡng 70%.
      </p>
      <ClassificationBasisFields value={totals} onChange={onTotalsChange} />
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
            <LevelThreshold
              index={index}
              level={level}
              onChange={(patch) => update(index, patch)}
              error={errors[`levels.${index}.min`]}
            />
            <LabelledInput
              id={`level-${index}-every`}
              label="Mỗi tiêu chí tối thiểu (%)"
              inputMode="decimal"
              value={level.minEvery}
              onChange={(minEvery) => update(index, { minEvery })}
              error={errors[`levels.${index}.minEvery`]}
              className="sm:col-span-3"
            />
            <div className="flex flex-wrap items-end gap-1 sm:col-span-12">
              <LabelledSelect
                id={`level-${index}-keyTasks`}
                label="Nhiệm vụ trọng tâm"
                ariaLabel={`Nhiệm vụ trọng tâm của mức ${index + 1}`}
                options={KEY_TASK_CONDITION_LABEL}
                value={level.keyTasks}
                onChange={(keyTasks) => update(index, { keyTasks })}
                className="mr-auto min-w-0 max-w-full"
              />
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
        onClick={() =>
          onChange([
            ...value,
            { code: "", label: "", min: "", minUnit: "percent", minEvery: "", keyTasks: "any" },
          ])
        }
      >
        Thêm mức xếp loại
      </button>
    </fieldset>
  );
}

/** A level's minimum, typed as a number with its unit: % of the scale or points. */
function LevelThreshold({
  index,
  level,
  onChange,
  error,
}: {
  index: number;
  level: Level;
  onChange: (patch: Partial<Level>) => void;
  error?: string;
}) {
  const id = `level-${index}-min`;
  return (
    <div className="sm:col-span-3">
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        Điểm tối thiểu
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          value={level.min}
          inputMode="decimal"
          onChange={(event) => onChange({ min: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${INPUT_CLASS} min-w-0`}
        />
        <select
          aria-label={`Đơn vị ngưỡng của mức ${index + 1}`}
          value={level.minUnit}
          onChange={(event) => onChange({ minUnit: event.target.value as Level["minUnit"] })}
          className="mt-1 shrink-0 rounded-md border border-stone-300 bg-white px-1 py-1.5 text-sm shadow-sm"
        >
          <option value="percent">% thang</option>
          <option value="points">điểm</option>
        </select>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** What the levels are measured on. */
function ClassificationBasisFields({
  value,
  onChange,
}: {
  value: Totals;
  onChange: (value: Totals) => void;
}) {
  return (
    <LabelledSelect
      id="rules-classifyOn"
      label="Xếp loại theo"
      options={CLASSIFICATION_BASIS_LABEL}
      value={value.classifyOn}
      onChange={(classifyOn) => onChange({ ...value, classifyOn })}
      className="mb-3"
    />
  );
}
