"use client";

import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { renameAgencyAction } from "../../actions";

/** A new name from a date; the name shown is sent back so a concurrent rename is noticed. */
export function RenameAgencyForm(props: { unitId: string; currentNameId: string; today: string }) {
  const { state, pending, onSubmit, onInvalid, errorOf } = useKeptForm(renameAgencyAction);
  return (
    <form onSubmit={onSubmit} onInvalid={onInvalid} className="space-y-3">
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="currentNameId" value={props.currentNameId} />
      <div className="grid gap-3 md:grid-cols-3">
        {/* No maxLength on the names: a browser cuts a long pasted name without a word; the server
            refuses it, saying the limit. */}
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
          defaultValue={props.today}
          error={errorOf("validFrom")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Ghi nhận tên mới</SubmitButton>
        <FormStatus state={state} saved="Đã ghi nhận tên mới." />
      </div>
    </form>
  );
}
