"use client";

import { useState } from "react";
import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { createAgencyAction } from "../actions";

/** One new agency: its full name, short name, optional code and the day its name starts. */
/**
 * `namedFrom` is the day the form proposes for the agency's name: 1 January of this year, so a
 * bloc's first year of this year can take it (a day later in the year would leave it out).
 */
export function CreateAgencyForm({ namedFrom }: { namedFrom: string }) {
  // Remounted after each success, so the next agency starts from empty fields.
  const [saved, setSaved] = useState<{ round: number; name: string } | null>(null);
  return (
    <>
      <AgencyFields
        key={saved?.round ?? 0}
        namedFrom={namedFrom}
        onSaved={(name) => setSaved((last) => ({ round: (last?.round ?? 0) + 1, name }))}
      />
      {saved && (
        <p role="status" className="mt-3 text-sm text-green-800">
          Đã thêm “{saved.name}”.
        </p>
      )}
    </>
  );
}

function AgencyFields({ namedFrom, onSaved }: { namedFrom: string; onSaved: (name: string) => void }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(async (previous, form: FormData) => {
    const result = await createAgencyAction(previous, form);
    if (result.ok) onSaved(String(form.get("name") ?? "").trim());
    return result;
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        {/* No maxLength on the names: a browser cuts a long pasted name without a word; the server
            refuses it, saying the limit. */}
        <InputField id="agency-name" name="name" label="Tên đầy đủ" error={errorOf("name")} />
        <div className="grid grid-cols-2 gap-3">
          <InputField
            id="agency-shortName"
            name="shortName"
            label="Tên viết tắt"
            error={errorOf("shortName")}
          />
          <InputField
            id="agency-code"
            name="code"
            label="Mã (không bắt buộc)"
            maxLength={20}
            hint="Để trống: tự đặt từ tên viết tắt."
            error={errorOf("code")}
          />
        </div>
        <InputField
          id="agency-validFrom"
          name="validFrom"
          type="date"
          label="Áp dụng từ ngày"
          defaultValue={namedFrom}
          hint="Ngày đơn vị mang tên này. Đơn vị chỉ tham gia được các năm thi đua bắt đầu từ ngày này trở đi."
          error={errorOf("validFrom")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Thêm đơn vị</SubmitButton>
        {state && !state.ok && <FormStatus state={state} />}
      </div>
    </form>
  );
}
