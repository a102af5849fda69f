"use client";

import { useActionState } from "react";
import { createProposalAction } from "./actions";
import { BUTTON, FormAlert } from "./form-alert";

type Props = { blocYearId: string; unitId: string; unitName: string; awardCode: string; awardName: string };

/** Turns one engine candidate into a proposal; the server checks the rules again. */
export function ProposeButton({ blocYearId, unitId, unitName, awardCode, awardName }: Props) {
  const [state, action, pending] = useActionState(createProposalAction, null);
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="awardCode" value={awardCode} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Đề nghị ${awardName} cho ${unitName}`}
        className={BUTTON}
      >
        {pending ? "Đang lưu…" : "Đề nghị"}
      </button>
      <FormAlert state={state} />
    </form>
  );
}
