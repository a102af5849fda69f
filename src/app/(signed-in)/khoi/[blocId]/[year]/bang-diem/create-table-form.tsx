"use client";

import { useState } from "react";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { createScoreTableAction } from "./actions";
import { fieldErrorOf, FormError, PRIMARY_BUTTON } from "./form-messages";
import { LabelledInput } from "./labelled-input";

/** For a year without a score table: start an empty one. */
export function CreateTableForm({ blocYearId, year }: { blocYearId: string; year: number }) {
  const { state, pending, onSubmit } = useKeptForm(createScoreTableAction);
  const [values, setValues] = useState({ title: `Bảng điểm thi đua năm ${year}`, maxPoints: "100" });
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-wrap items-start gap-3" aria-label="Tạo bảng điểm">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <LabelledInput
        id="new-title"
        name="title"
        label="Tên bảng điểm"
        value={values.title}
        onChange={(value) => setValues((v) => ({ ...v, title: value }))}
        error={fieldErrorOf(state, "title")}
        className="min-w-72 flex-1"
      />
      <LabelledInput
        id="new-max"
        name="maxPoints"
        label="Thang điểm"
        inputMode="decimal"
        value={values.maxPoints}
        onChange={(value) => setValues((v) => ({ ...v, maxPoints: value }))}
        error={fieldErrorOf(state, "maxPoints")}
        className="w-40"
      />
      <button type="submit" disabled={pending} className={`mt-5 ${PRIMARY_BUTTON}`}>
        {pending ? "Đang lưu…" : "Tạo bảng điểm"}
      </button>
      <div className="basis-full">
        <FormError state={state} />
      </div>
    </form>
  );
}
