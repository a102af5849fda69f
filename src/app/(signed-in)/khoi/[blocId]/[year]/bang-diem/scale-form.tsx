"use client";

import { useState } from "react";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { formatHundredthsInput } from "@/domain/score-table/decimal-input";
import { setScoreTableScaleAction } from "./actions";
import { fieldErrorOf, FormError, SECONDARY_BUTTON } from "./form-messages";
import { LabelledInput } from "./labelled-input";

type Props = { scoreTableId: string; revision: string; title: string; maxPoints: number };

/** The table's name and nominal scale (100, 1000 points or any). */
export function ScaleForm({ scoreTableId, revision, title, maxPoints }: Props) {
  const { state, pending, onSubmit } = useKeptForm(setScoreTableScaleAction);
  const [values, setValues] = useState({ title, maxPoints: formatHundredthsInput(maxPoints) });
  return (
    <form
      onSubmit={onSubmit}
      className="no-print mt-3 flex flex-wrap items-start gap-3"
      aria-label="Tên và thang điểm"
    >
      <input type="hidden" name="scoreTableId" value={scoreTableId} />
      <input type="hidden" name="revision" value={revision} />
      <LabelledInput
        id="table-title"
        name="title"
        label="Tên bảng điểm"
        value={values.title}
        onChange={(value) => setValues((v) => ({ ...v, title: value }))}
        error={fieldErrorOf(state, "title")}
        className="min-w-72 flex-1"
      />
      <LabelledInput
        id="table-max"
        name="maxPoints"
        label="Thang điểm"
        inputMode="decimal"
        value={values.maxPoints}
        onChange={(value) => setValues((v) => ({ ...v, maxPoints: value }))}
        error={fieldErrorOf(state, "maxPoints")}
        hint="Ví dụ 100 hoặc 1000"
        className="w-40"
      />
      <button type="submit" disabled={pending} className={`mt-5 ${SECONDARY_BUTTON}`}>
        {pending ? "Đang lưu…" : "Lưu tên và thang điểm"}
      </button>
      <div className="basis-full">
        <FormError state={state} />
      </div>
    </form>
  );
}
