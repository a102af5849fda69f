"use client";

import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { deactivateAgencyAction, reactivateAgencyAction } from "../../actions";

export function DeactivateAgencyForm({ unitId, today }: { unitId: string; today: string }) {
  const { state, pending, onSubmit, onInvalid, errorOf } = useKeptForm(deactivateAgencyAction);
  return (
    <form onSubmit={onSubmit} onInvalid={onInvalid} className="space-y-3">
      <input type="hidden" name="unitId" value={unitId} />
      <div className="max-w-xs">
        <InputField
          id="deactivate-on"
          name="deactivatedOn"
          type="date"
          label="Ngừng hoạt động từ ngày"
          defaultValue={today}
          error={errorOf("deactivatedOn")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} variant="secondary">
          Ngừng hoạt động
        </SubmitButton>
        <FormStatus state={state} saved="Đã ghi nhận ngừng hoạt động." />
      </div>
    </form>
  );
}

export function ReactivateAgencyForm({ unitId }: { unitId: string }) {
  const { state, pending, onSubmit } = useKeptForm(reactivateAgencyAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="unitId" value={unitId} />
      <SubmitButton pending={pending} variant="secondary">
        Cho hoạt động trở lại
      </SubmitButton>
      <FormStatus state={state} saved="Đơn vị đã hoạt động trở lại." />
    </form>
  );
}
