"use client";

import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { correctAgencyStartAction } from "../../actions";

/** The first name's start day, corrected; the name shown is sent back so a concurrent change is noticed. */
export function CorrectStartForm(props: { unitId: string; firstNameId: string; validFrom: string }) {
  const { state, pending, onSubmit, onInvalid, errorOf } = useKeptForm(correctAgencyStartAction);
  return (
    <form onSubmit={onSubmit} onInvalid={onInvalid} className="space-y-3">
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="firstNameId" value={props.firstNameId} />
      <div className="max-w-xs">
        <InputField
          id="correct-validFrom"
          name="validFrom"
          type="date"
          label="Tên đầu tiên áp dụng từ ngày"
          defaultValue={props.validFrom}
          error={errorOf("validFrom")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Sửa ngày áp dụng</SubmitButton>
        <FormStatus state={state} saved="Đã sửa ngày áp dụng tên đầu tiên." />
      </div>
    </form>
  );
}
