"use client";

import { useState } from "react";
import { FormStatus, InputField, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { mergeAgenciesAction } from "../actions";

type Agency = { id: string; name: string };

/** Agencies merged into a successor (existing or new) from a date; past years keep the old names. */
export function MergeAgenciesForm({ agencies }: { agencies: Agency[] }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(mergeAgenciesAction);
  const [mode, setMode] = useState<"existing" | "new">("new");
  if (agencies.length === 0) return <p className="text-sm text-stone-600">Chưa có đơn vị đang hoạt động.</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Các đơn vị được hợp nhất</legend>
        <div className="mt-1 grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2">
          {agencies.map((agency) => (
            <label key={agency.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="predecessorIds" value={agency.id} />
              {agency.name}
            </label>
          ))}
        </div>
        {errorOf("predecessorIds") && (
          <p className="mt-1 text-sm text-brand-700">{errorOf("predecessorIds")}</p>
        )}
      </fieldset>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="text-sm font-medium text-stone-700">Đơn vị kế thừa</legend>
        {(["new", "existing"] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input
              type="radio"
              name="successorMode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {value === "new" ? "Đơn vị mới" : "Đơn vị có sẵn"}
          </label>
        ))}
      </fieldset>
      {mode === "existing" ? (
        <SelectField
          id="merge-successorUnitId"
          name="successorUnitId"
          label="Đơn vị kế thừa"
          placeholder="— Chọn đơn vị —"
          options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          error={errorOf("successorUnitId")}
        />
      ) : (
        <div className="grid gap-3 md:grid-cols-3">
          <InputField id="merge-name" name="name" label="Tên đơn vị mới" error={errorOf("name")} />
          <InputField
            id="merge-shortName"
            name="shortName"
            label="Tên viết tắt"
            error={errorOf("shortName")}
          />
          <InputField id="merge-code" name="code" label="Mã (không bắt buộc)" error={errorOf("code")} />
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          id="merge-effectiveOn"
          name="effectiveOn"
          type="date"
          label="Ngày hợp nhất"
          error={errorOf("effectiveOn")}
        />
        <InputField
          id="merge-decisionRef"
          name="decisionRef"
          label="Số quyết định"
          error={errorOf("decisionRef")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Ghi nhận hợp nhất</SubmitButton>
        <FormStatus state={state} saved="Đã ghi nhận hợp nhất." />
      </div>
    </form>
  );
}
