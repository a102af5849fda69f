"use client";

import { useEffect, useRef, useState } from "react";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { CRITERION_KINDS, isBonusOrDeduction } from "@/domain/score-table/criteria-tree";
import { CRITERION_KIND_LABEL, type CriterionKindCode } from "@/domain/vocabulary";
import { editCriteriaAction } from "./actions";
import {
  fieldErrorOf,
  FormError,
  INPUT_CLASS,
  PRIMARY_BUTTON,
  SECONDARY_BUTTON,
  FieldError,
} from "./form-messages";
import { LabelledInput } from "./labelled-input";

export type CriterionFormValues = {
  code: string;
  title: string;
  kind: CriterionKindCode;
  maxPoints: string;
  capPoints: string;
  /** A deduction's target criterion id; "" = the total. */
  reducesId: string;
};

/** A criterion a deduction may reduce. */
export type CriterionTarget = { id: string; code: string; title: string };

type Props = {
  mode: { operation: "add"; parentId: string | null } | { operation: "update"; criterionId: string };
  scoreTableId: string;
  revision: string;
  initial: CriterionFormValues;
  targets: CriterionTarget[];
  /** False for a node with children: only a deduction leaf may reduce a criterion. */
  canReduce?: boolean;
  idPrefix: string;
  onCancel: () => void;
};

/** Adds a node or edits one; the whole tree is re-checked on the server when it is saved. */
export function CriterionForm(props: Props) {
  const { mode, scoreTableId, revision, initial, targets, canReduce = true, idPrefix, onCancel } = props;
  // Not a plain form action: React's reset after it would show the kind select's first value.
  const { state, pending, onSubmit } = useKeptForm(editCriteriaAction);
  const [values, setValues] = useState(initial);
  const reduces = canReduce && values.kind === "DEDUCTION";
  const form = useRef<HTMLFormElement>(null);
  // A refused save takes the keyboard to the first field marked wrong, else to the message.
  useEffect(() => {
    if (!state || state.ok) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    target?.focus();
  }, [state]);
  const set = (field: keyof CriterionFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
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
      {/* Any other kind reduces nothing: a node changed from a deduction drops its target. */}
      {!reduces && <input type="hidden" name="reducesId" value="" />}
      {reduces && (
        <ReducesSelect
          id={id("reduces")}
          value={values.reducesId}
          targets={targets}
          onChange={set("reducesId")}
          error={fieldErrorOf(state, "reducesId")}
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

/** Where a deduction applies: the total, or one criterion it may take down to 0. */
function ReducesSelect(props: {
  id: string;
  value: string;
  targets: CriterionTarget[];
  onChange: (value: string) => void;
  error?: string;
}) {
  const { id, error } = props;
  return (
    <div className="sm:col-span-4">
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        Trừ vào
      </label>
      <select
        id={id}
        name="reducesId"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className={INPUT_CLASS}
      >
        <option value="">Tổng điểm</option>
        {props.targets.map((target) => (
          <option key={target.id} value={target.id}>
            Tiêu chí {target.code} – {target.title}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
        Trừ vào một tiêu chí: tiêu chí đó thấp nhất còn 0 điểm, không trừ sang phần khác.
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}
