"use client";

import { DateField } from "@/components/date-field";
import { useActionState, useState } from "react";
import { ELIGIBILITY_FLAG_LABEL } from "@/domain/vocabulary";
import { addEligibilityFlagAction } from "./actions";
import { Field, invalidProps } from "@/components/forms/form-parts";
import { BUTTON, FormAlert, INPUT, fieldError } from "./form-alert";

type Props = { blocYearId: string; members: { unitId: string; name: string }[] };

/** Controlled fields: React resets a form after its action, and a refused save must lose nothing. */
export function AddFlagForm({ blocYearId, members }: Props) {
  const [state, action, pending] = useActionState(addEligibilityFlagAction, null);
  const [values, setValues] = useState({ unitId: "", kind: "", since: "", note: "" });
  const bind = (name: keyof typeof values) => ({
    id: `flag-${name}`,
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
    ...invalidProps(`flag-${name}`, fieldError(state, name)),
  });
  return (
    <form
      action={action}
      className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <Field id="flag-unitId" label="Đơn vị" error={fieldError(state, "unitId")}>
        <select {...bind("unitId")} className={INPUT}>
          <option value="">— Chọn đơn vị —</option>
          {members.map((member) => (
            <option key={member.unitId} value={member.unitId}>
              {member.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="flag-kind" label="Trường hợp" error={fieldError(state, "kind")}>
        <select {...bind("kind")} className={INPUT}>
          <option value="">— Chọn trường hợp —</option>
          {Object.entries(ELIGIBILITY_FLAG_LABEL).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="flag-since" label="Từ ngày" error={fieldError(state, "since")}>
        <DateField
          {...bind("since")}
          onValueChange={(since) => setValues({ ...values, since })}
          className={INPUT}
        />
      </Field>
      <Field id="flag-note" label="Ghi chú (không bắt buộc)" error={fieldError(state, "note")}>
        <input type="text" {...bind("note")} className={INPUT} />
      </Field>
      <div className="flex items-end">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Đang lưu…" : "Ghi nhận"}
        </button>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormAlert state={state} success="Đã ghi nhận." />
      </div>
    </form>
  );
}
