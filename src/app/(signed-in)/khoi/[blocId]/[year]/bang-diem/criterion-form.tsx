"use client";

import { useActionState, useState } from "react";
import { CRITERION_KINDS, isBonusOrDeduction } from "@/domain/score-table/criteria-tree";
import { CRITERION_KIND_LABEL, type CriterionKindCode } from "@/domain/vocabulary";
import { editCriteriaAction } from "./actions";
import { fieldErrorOf, FormError, INPUT_CLASS, PRIMARY_BUTTON, SECONDARY_BUTTON } from "./form-messages";
import { LabelledInput } from "./labelled-input";

export type CriterionFormValues = {
  code: string;
  title: string;
  kind: CriterionKindCode;
  maxPoints: string;
  capPoints: string;
};

type Props = {
  mode: { operation: "add"; parentId: string | null } | { operation: "update"; criterionId: string };
  scoreTableId: string;
  revision: string;
  initial: CriterionFormValues;
  idPrefix: string;
  onCancel: () => void;
};

/** Adds a node or edits one; the whole tree is re-checked on the server when it is saved. */
export function CriterionForm({ mode, scoreTableId, revision, initial, idPrefix, onCancel }: Props) {
  const [state, action, pending] = useActionState(editCriteriaAction, null);
  const [values, setValues] = useState(initial);
  const set = (field: keyof CriterionFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form
      action={action}
      className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-6"
      aria-label={mode.operation === "add" ? "Thêm mục" : "Sửa mục"}
    >
      <input type="hidden" name="operation" value={mode.operation} />
      <input type="hidden" name="scoreTableId" value={scoreTableId} />
      <input type="hidden" name="revision" value={revision} />
      {mode.operation === "add" ? (
        <input type="hidden" name="parentId" value={mode.parentId ?? ""} />
      ) : (
        <input type="hidden" name="criterionId" value={mode.criterionId} />
      )}
      <LabelledInput
        id={id("code")}
        name="code"
        label="Mã"
        value={values.code}
        onChange={set("code")}
        error={fieldErrorOf(state, "code")}
      />
      <LabelledInput
        id={id("title")}
        name="title"
        label="Tên mục"
        value={values.title}
        onChange={set("title")}
        error={fieldErrorOf(state, "title")}
        className="sm:col-span-3"
      />
      <div className="sm:col-span-2">
        <label htmlFor={id("kind")} className="block text-xs font-medium text-stone-700">
          Loại
        </label>
        <select
          id={id("kind")}
          name="kind"
          value={values.kind}
          onChange={(event) => set("kind")(event.target.value)}
          className={INPUT_CLASS}
        >
          {CRITERION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {CRITERION_KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </div>
      <LabelledInput
        id={id("max")}
        name="maxPoints"
        label="Điểm tối đa"
        inputMode="decimal"
        value={values.maxPoints}
        onChange={set("maxPoints")}
        error={fieldErrorOf(state, "maxPoints")}
        hint="Ví dụ 12,5"
        className="sm:col-span-2"
      />
      {isBonusOrDeduction(values.kind) && (
        <LabelledInput
          id={id("cap")}
          name="capPoints"
          label="Mức trần (không bắt buộc)"
          inputMode="decimal"
          value={values.capPoints}
          onChange={set("capPoints")}
          error={fieldErrorOf(state, "capPoints")}
          className="sm:col-span-2"
        />
      )}
      <div className="flex items-end gap-2 sm:col-span-2">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {pending ? "Đang lưu…" : "Lưu"}
        </button>
        <button type="button" onClick={onCancel} className={SECONDARY_BUTTON}>
          Hủy
        </button>
      </div>
      <div className="sm:col-span-6">
        <FormError state={state} />
      </div>
    </form>
  );
}
