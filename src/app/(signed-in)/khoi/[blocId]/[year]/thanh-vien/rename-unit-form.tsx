"use client";

import { useState } from "react";
import type { MemberRow } from "@/server/queries/members/get-members-page";
import { renameUnitAction } from "./actions";
import { FormStatus, InputField, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

/** A member's new name from a date; earlier years keep the old name. */
export function RenameUnitForm({ blocYearId, members }: { blocYearId: string; members: MemberRow[] }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(renameUnitAction);
  const [unitId, setUnitId] = useState("");
  const unit = members.find((member) => member.unitId === unitId);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="currentNameId" value={unit?.latestNameId ?? ""} />
      <SelectField
        id="rename-unitId"
        name="unitId"
        label="Đơn vị đổi tên"
        placeholder="— Chọn đơn vị —"
        options={members.map((m) => ({ value: m.unitId, label: m.latestName }))}
        onChange={setUnitId}
        error={errorOf("unitId")}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <InputField id="rename-name" name="name" label="Tên mới" error={errorOf("name")} />
        <InputField
          id="rename-shortName"
          name="shortName"
          label="Tên viết tắt mới"
          error={errorOf("shortName")}
        />
        <InputField
          id="rename-validFrom"
          name="validFrom"
          type="date"
          label="Áp dụng từ ngày"
          error={errorOf("validFrom")}
        />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Ghi nhận đổi tên</SubmitButton>
        <FormStatus state={state} saved="Đã ghi nhận tên mới." />
      </div>
    </form>
  );
}
