"use client";

import { INPUT_CLASS, SECONDARY_BUTTON, FieldError } from "./form-messages";
import { LabelledInput } from "./labelled-input";
import type { RulesFormErrors, RulesFormState } from "./rules-form-state";
import { LEADING_AWARD_FALLBACK_LABEL } from "@/domain/vocabulary";

type Award = RulesFormState["awards"][number];
type Fallback = RulesFormState["leadingAwardFallback"];
type Props = {
  value: Award[];
  onChange: (value: Award[]) => void;
  /** The levels as the form holds them now: an award may ask for one. */
  levels: RulesFormState["levels"];
  fallback: Fallback;
  onFallbackChange: (value: Fallback) => void;
  errors: RulesFormErrors;
};

const SMALL = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-50";

/** The award catalogue with quotas; at most one leading-unit award. */
export function AwardsEditor({ value, onChange, levels, fallback, onFallbackChange, errors }: Props) {
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
              className="sm:col-span-5"
            />
            <LabelledInput
              id={`award-${index}-name`}
              label="Tên danh hiệu"
              value={award.name}
              onChange={(name) => update(index, { name })}
              error={errors[`awards.${index}.name`]}
              className="sm:col-span-7"
            />
            <div className="sm:col-span-4">
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
              className="sm:col-span-4"
            />
            <LabelledInput
              id={`award-${index}-threshold`}
              label="Ngưỡng phiếu (%)"
              inputMode="decimal"
              value={award.threshold}
              onChange={(threshold) => update(index, { threshold })}
              error={errors[`awards.${index}.threshold`]}
              className="sm:col-span-4"
            />
            <MinimumLevel
              index={index}
              value={award.minLevel}
              levels={levels}
              onChange={(minLevel) => update(index, { minLevel })}
              error={errors[`awards.${index}.minLevel`]}
            />
            <label className="flex items-center gap-2 self-end pb-2 text-sm sm:col-span-4">
              <input
                type="checkbox"
                checked={award.leading}
                onChange={(event) => update(index, { leading: event.target.checked })}
              />
              Danh hiệu dẫn đầu
            </label>
            <div className="flex items-end justify-end sm:col-span-2">
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
            {
              code: "",
              name: "",
              quotaKind: "count",
              amount: "1",
              leading: false,
              threshold: "",
              minLevel: "",
            },
          ])
        }
      >
        Thêm danh hiệu
      </button>
      <div className="mt-3">
        <label htmlFor="rules-leadingFallback" className="block text-xs font-medium text-stone-700">
          Khi đơn vị xếp đầu không đạt số phiếu của danh hiệu dẫn đầu
        </label>
        <select
          id="rules-leadingFallback"
          value={fallback}
          onChange={(event) => onFallbackChange(event.target.value as Fallback)}
          className={INPUT_CLASS}
        >
          {(Object.keys(LEADING_AWARD_FALLBACK_LABEL) as Fallback[]).map((option) => (
            <option key={option} value={option}>
              {LEADING_AWARD_FALLBACK_LABEL[option]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** The lowest classification a candidate of the award must reach. */
function MinimumLevel(props: {
  index: number;
  value: string;
  levels: RulesFormState["levels"];
  onChange: (value: string) => void;
  error?: string;
}) {
  const id = `award-${props.index}-minLevel`;
  const named = props.levels.filter((level) => level.code.trim() !== "");
  return (
    <div className="sm:col-span-6">
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        Xếp loại tối thiểu của đơn vị được đề nghị
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        className={INPUT_CLASS}
      >
        <option value="">— Không yêu cầu —</option>
        {named.map((level) => (
          <option key={level.code} value={level.code.trim()}>
            {level.code.trim()} – {level.label || level.code} trở lên
          </option>
        ))}
        {props.value !== "" && !named.some((level) => level.code.trim() === props.value) && (
          <option value={props.value}>{props.value} (không còn trong các mức)</option>
        )}
      </select>
      <FieldError id={id} error={props.error} />
    </div>
  );
}
