"use client";

import { useState } from "react";
import type { MemberRow } from "@/server/queries/members/get-members-page";
import { mergeUnitsAction } from "./actions";
import { FormStatus, InputField, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

type Props = { blocYearId: string; members: MemberRow[]; otherUnits: { id: string; name: string }[] };

/** Members merged into a successor (existing or new) from a date; past years are not rewritten. */
export function MergeUnitsForm({ blocYearId, members, otherUnits }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(mergeUnitsAction);
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const successors = [
    ...members.map((m) => ({ value: m.unitId, label: m.latestName })),
    ...otherUnits.map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Các đơn vị được hợp nhất</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {members.map((member) => (
            <label key={member.unitId} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="predecessorIds" value={member.unitId} />
              {member.latestName}
            </label>
          ))}
        </div>
        {errorOf("predecessorIds") && (
          <p className="mt-1 text-sm text-brand-700">{errorOf("predecessorIds")}</p>
        )}
      </fieldset>
      <fieldset className="flex gap-4 text-sm">
        <legend className="text-sm font-medium text-stone-700">Đơn vị kế thừa</legend>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="successorMode"
            value="existing"
            checked={mode === "existing"}
            onChange={() => setMode("existing")}
          />{" "}
          Đơn vị có sẵn
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="successorMode"
            value="new"
            checked={mode === "new"}
            onChange={() => setMode("new")}
          />{" "}
          Đơn vị mới
        </label>
      </fieldset>
      {mode === "existing" ? (
        <SelectField
          id="merge-successorUnitId"
          name="successorUnitId"
          label="Đơn vị kế thừa"
          placeholder="— Chọn đơn vị —"
          options={successors}
          error={errorOf("successorUnitId")}
        />
      ) : (
        <div className="grid gap-3 sm:grid-cols-3">
          <InputField id="merge-name" name="name" label="Tên đơn vị mới" error={errorOf("name")} />
          <InputField
            id="merge-shortName"
            name="shortName"
            label="Tên viết tắt"
            error={errorOf("shortName")}
          />
          <InputField id="merge-code" name="code" label="Mã đơn vị" error={errorOf("code")} />
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
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="endMemberships" /> Các đơn vị được hợp nhất rời khối từ ngày hợp nhất
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="addSuccessor" /> Thêm đơn vị kế thừa vào khối năm này
      </label>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Ghi nhận hợp nhất</SubmitButton>
        <FormStatus state={state} saved="Đã ghi nhận hợp nhất." />
      </div>
      {state && !state.ok && (
        <a href="#lineage-heading" className="text-sm text-brand-800 underline">
          Xem các hợp nhất đã ghi nhận
        </a>
      )}
    </form>
  );
}
