"use client";

import { useState } from "react";
import { addMemberAction } from "./actions";
import { FormStatus, InputField, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

type Props = { blocYearId: string; year: number; otherUnits: { id: string; name: string; code: string }[] };

/** Adds a unit of the province to the year: one that exists, or a new one (name, short name, code). */
export function AddMemberForm({ blocYearId, year, otherUnits }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(addMemberAction);
  const [mode, setMode] = useState<"existing" | "new">(otherUnits.length > 0 ? "existing" : "new");
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Đơn vị thêm vào</legend>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="mode"
            value="existing"
            checked={mode === "existing"}
            onChange={() => setMode("existing")}
            disabled={otherUnits.length === 0}
          />
          Đơn vị có sẵn trong tỉnh
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="mode"
            value="new"
            checked={mode === "new"}
            onChange={() => setMode("new")}
          />
          Đơn vị mới
        </label>
      </fieldset>
      {mode === "existing" ? (
        <SelectField
          id="add-unitId"
          name="unitId"
          label="Đơn vị"
          placeholder="— Chọn đơn vị —"
          options={otherUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
          error={errorOf("unitId")}
        />
      ) : (
        <div className="grid gap-3 sm:grid-cols-3">
          <InputField id="add-name" name="name" label="Tên đơn vị" error={errorOf("name")} />
          <InputField id="add-shortName" name="shortName" label="Tên viết tắt" error={errorOf("shortName")} />
          <InputField
            id="add-code"
            name="code"
            label="Mã đơn vị"
            hint="Chữ không dấu, số, dấu _"
            error={errorOf("code")}
          />
        </div>
      )}
      <InputField
        id="add-joinedOn"
        name="joinedOn"
        type="date"
        label="Ngày tham gia"
        defaultValue={`${year}-01-01`}
        error={errorOf("joinedOn")}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Thêm thành viên</SubmitButton>
        <FormStatus state={state} saved="Đã thêm thành viên." />
      </div>
    </form>
  );
}
