"use client";

import { DateField } from "@/components/date-field";
import { useActionState, useState } from "react";
import { PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";
import { changeProposalStatusAction } from "./actions";
import { Field, invalidProps } from "@/components/forms/form-parts";
import { FormAlert, INPUT, SECONDARY_BUTTON, fieldError } from "./form-alert";

type Props = {
  proposal: {
    id: string;
    status: string;
    decisionNumber: string | null;
    decisionDate: string | null;
    version: number;
  };
  label: string;
};

/** Status with the council's decision (number and date, required to approve or reject). */
export function ProposalStatusForm({ proposal, label }: Props) {
  const [state, action, pending] = useActionState(changeProposalStatusAction, null);
  const [values, setValues] = useState({
    status: proposal.status,
    decisionNumber: proposal.decisionNumber ?? "",
    decisionDate: proposal.decisionDate ?? "",
  });
  const version = state?.ok ? state.data.version : proposal.version;
  const id = (name: string) => `proposal-${proposal.id}-${name}`;
  const bind = (name: keyof typeof values) => ({
    id: id(name),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
    ...invalidProps(id(name), fieldError(state, name)),
  });
  const decided = values.status === "APPROVED" || values.status === "REJECTED";
  return (
    <form action={action} aria-label={`Trạng thái đề nghị: ${label}`} className="grid gap-2 sm:grid-cols-4">
      <input type="hidden" name="proposalId" value={proposal.id} />
      <input type="hidden" name="version" value={version} />
      <Field id={id("status")} label="Trạng thái" error={fieldError(state, "status")}>
        <select {...bind("status")} className={INPUT}>
          {Object.entries(PROPOSAL_STATUS_LABEL).map(([status, text]) => (
            <option key={status} value={status}>
              {text}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("decisionNumber")} label="Số quyết định" error={fieldError(state, "decisionNumber")}>
        <input type="text" {...bind("decisionNumber")} disabled={!decided} className={INPUT} />
      </Field>
      <Field id={id("decisionDate")} label="Ngày quyết định" error={fieldError(state, "decisionDate")}>
        <DateField
          {...bind("decisionDate")}
          onValueChange={(decisionDate) => setValues({ ...values, decisionDate })}
          disabled={!decided}
          className={INPUT}
        />
      </Field>
      <div className="flex items-end">
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
          {pending ? "Đang lưu…" : "Lưu trạng thái"}
        </button>
      </div>
      <div className="sm:col-span-4">
        <FormAlert state={state} success="Đã lưu." />
      </div>
    </form>
  );
}
