"use client";

import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { formatDate, isIsoDay } from "@/domain/calendar";
import { deactivateAgencyAction, reactivateAgencyAction } from "../../actions";

/** What deactivating means, asked before it is saved like the app's other destructive actions. */
function deactivationQuestion(name: string, day: FormDataEntryValue | null): string {
  const from = typeof day === "string" && isIsoDay(day) ? ` từ ngày ${formatDate(day)}` : "";
  return (
    `Ngừng hoạt động “${name}”${from}?\n\n` +
    "Đơn vị sẽ không còn được chọn vào các năm thi đua sau ngày này. Tên, lịch sử và kết quả các năm " +
    "trước vẫn được giữ nguyên; nếu ghi nhận nhầm có thể cho hoạt động trở lại."
  );
}

export function DeactivateAgencyForm({
  unitId,
  name,
  today,
}: {
  unitId: string;
  name: string;
  today: string;
}) {
  const { state, pending, onSubmit, onInvalid, errorOf } = useKeptForm(deactivateAgencyAction);
  return (
    <form
      onSubmit={(event) => {
        const day = new FormData(event.currentTarget).get("deactivatedOn");
        if (!window.confirm(deactivationQuestion(name, day))) return event.preventDefault();
        onSubmit(event);
      }}
      onInvalid={onInvalid}
      className="space-y-3"
    >
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
