"use client";

import { INPUT_CLASS, SECONDARY_BUTTON } from "./form-messages";
import { LabelledInput } from "./labelled-input";
import type { RulesFormErrors, RulesFormState } from "./rules-form-state";

type Award = RulesFormState["awards"][number];
type Props = { value: Award[]; onChange: (value: Award[]) => void; errors: RulesFormErrors };

const SMALL = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-50";

/** The award catalogue with quotas; at most one leading-unit award. */
export function AwardsEditor({ value, onChange, errors }: Props) {
  const update = (index: number, patch: Partial<Award>) =>
    onChange(value.map((award, i) => (i === index ? { ...award, ...patch } : award)));
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">Danh hiệu, hình thức khen thưởng và chỉ tiêu</legend>
      <p className="mb-2 text-xs text-stone-500">
        Ngưỡng phiếu tính theo % số người dự: “quá nửa” là 50,01; “hai phần ba” là 66,67. Để trống nếu không
        cần bỏ phiếu.
      </p>
      {errors.awards && (
        <p role="alert" className="mb-2 text-xs text-brand-700">
          {errors.awards}
        </p>
      )}
      {value.length === 0 && <p className="text-sm text-stone-600">Chưa có danh hiệu nào.</p>}
      <ol className="space-y-3">
        {value.map((award, index) => (
          <li key={index} className="grid gap-2 rounded-md border border-stone-200 p-2 sm:grid-cols-12">
            <LabelledInput
              id={`award-${index}-code`}
              label="Mã"
              value={award.code}
              onChange={(code) => update(index, { code })}
              error={errors[`awards.${index}.code`]}
              hint="Ví dụ CO_THI_DUA (Cờ thi đua)"
              className="sm:col-span-3"
            />
            <LabelledInput
              id={`award-${index}-name`}
              label="Tên danh hiệu"
              value={award.name}
              onChange={(name) => update(index, { name })}
              error={errors[`awards.${index}.name`]}
              className="sm:col-span-9"
            />
            <div className="sm:col-span-3">
              <label htmlFor={`award-${index}-kind`} className="block text-xs font-medium text-stone-700">
                Chỉ tiêu theo
              </label>
              <select
                id={`award-${index}-kind`}
                value={award.quotaKind}
                onChange={(event) => update(index, { quotaKind: event.target.value as Award["quotaKind"] })}
                className={INPUT_CLASS}
              >
                <option value="count">Số đơn vị</option>
                <option value="shareOfMembers">% số đơn vị</option>
              </select>
            </div>
            <LabelledInput
              id={`award-${index}-amount`}
              label={award.quotaKind === "count" ? "Số đơn vị" : "% số đơn vị"}
              inputMode="decimal"
              value={award.amount}
              onChange={(amount) => update(index, { amount })}
              error={errors[`awards.${index}.amount`]}
              className="sm:col-span-3"
            />
            <LabelledInput
              id={`award-${index}-threshold`}
              label="Ngưỡng phiếu (%)"
              inputMode="decimal"
              value={award.threshold}
              onChange={(threshold) => update(index, { threshold })}
              error={errors[`awards.${index}.threshold`]}
              className="sm:col-span-3"
            />
            <div className="flex items-end justify-between gap-2 sm:col-span-3">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={award.leading}
                  onChange={(event) => update(index, { leading: event.target.checked })}
                />
                Danh hiệu dẫn đầu
              </label>
              <button
                type="button"
                className={SMALL}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={`Xóa danh hiệu ${index + 1}`}
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
            { code: "", name: "", quotaKind: "count", amount: "1", leading: false, threshold: "" },
          ])
        }
      >
        Thêm danh hiệu
      </button>
    </fieldset>
  );
}
