"use client";

import type { NotYetDuePolicy } from "@/domain/scoring";
import { INPUT_CLASS, FieldError } from "./form-messages";
import { LabelledInput } from "./labelled-input";
import type { RulesFormErrors, RulesFormState } from "./rules-form-state";
import { NOT_YET_DUE_LABEL } from "@/domain/vocabulary";

type Fields = RulesFormState["taskCompletion"];
type Props = {
  value: Fields;
  onChange: (value: Fields) => void;
  errors: RulesFormErrors;
  deductionCriteria: { id: string; code: string; title: string }[];
};

/** How a task's completion becomes points. */
export function TaskCompletionFields({ value, onChange, errors, deductionCriteria }: Props) {
  const set = (field: keyof Fields) => (text: string) => onChange({ ...value, [field]: text });
  const percent = (field: "onTime" | "late" | "perDay" | "floor", label: string, hint?: string) => (
    <LabelledInput
      id={`rules-${field}`}
      label={label}
      inputMode="decimal"
      value={value[field]}
      onChange={set(field)}
      error={errors[`taskCompletion.${field}`]}
      hint={hint}
    />
  );
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold">Quy đổi kết quả nhiệm vụ ra điểm</legend>
      {percent("onTime", "Hoàn thành đúng hạn (% điểm)")}
      {percent("late", "Hoàn thành trễ hạn (% điểm)")}
      {percent("perDay", "Giảm thêm mỗi ngày trễ (%)", "0 = không giảm theo ngày")}
      {percent("floor", "Mức sàn khi trễ hạn (%)")}
      <LabelledInput
        id="rules-notDonePoints"
        label="Trừ điểm mỗi nhiệm vụ không hoàn thành (điểm)"
        inputMode="decimal"
        value={value.notDonePoints}
        onChange={set("notDonePoints")}
        error={errors["taskCompletion.notDonePoints"]}
        hint="0 = không trừ, nhiệm vụ chỉ được 0 điểm"
      />
      <div>
        <label htmlFor="rules-deductionId" className="block text-xs font-medium text-stone-700">
          Ghi điểm trừ vào mục
        </label>
        <select
          id="rules-deductionId"
          value={value.deductionId}
          onChange={(event) => set("deductionId")(event.target.value)}
          className={INPUT_CLASS}
          aria-invalid={errors["taskCompletion.deductionId"] ? true : undefined}
          aria-describedby={errors["taskCompletion.deductionId"] ? "rules-deductionId-error" : undefined}
        >
          <option value="">— Không chọn —</option>
          {deductionCriteria.map((criterion) => (
            <option key={criterion.id} value={criterion.id}>
              {criterion.code} – {criterion.title}
            </option>
          ))}
        </select>
        <FieldError id="rules-deductionId" error={errors["taskCompletion.deductionId"]} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="rules-notYetDue" className="block text-xs font-medium text-stone-700">
          Nhiệm vụ chưa đến hạn
        </label>
        <select
          id="rules-notYetDue"
          value={value.notYetDue}
          onChange={(event) => onChange({ ...value, notYetDue: event.target.value as NotYetDuePolicy })}
          className={INPUT_CLASS}
        >
          {(Object.keys(NOT_YET_DUE_LABEL) as NotYetDuePolicy[]).map((policy) => (
            <option key={policy} value={policy}>
              {NOT_YET_DUE_LABEL[policy]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
