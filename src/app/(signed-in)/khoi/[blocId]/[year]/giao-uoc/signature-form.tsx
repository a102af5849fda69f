"use client";

import { DateField } from "@/components/date-field";
import { isoDateValue } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { saveSignatureAction } from "./actions";

type Signature = { signerName: string; signerTitle: string; signedOn: Date; version: number } | null;
type Props = {
  blocYearId: string;
  unitId: string;
  unitName: string;
  signature: Signature;
  defaultSignedOn: Date | null;
};

const INPUT = "w-full rounded border border-stone-300 px-2 py-1 text-sm";

/** One member's signature row (signer, title, date), saved on its own. */
export function SignatureForm({ blocYearId, unitId, unitName, signature, defaultSignedOn }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(saveSignatureAction);
  const error =
    (state &&
      !state.ok &&
      (errorOf("signerName") ?? errorOf("signerTitle") ?? errorOf("signedOn") ?? state.formError)) ||
    undefined;
  return (
    <form onSubmit={onSubmit} className="grid items-start gap-2 sm:grid-cols-[1fr_10rem_10rem_auto]">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="version" value={signature?.version ?? 0} />
      <input
        name="signerName"
        defaultValue={signature?.signerName ?? ""}
        placeholder="Họ và tên"
        aria-label={`Họ tên người ký của ${unitName}`}
        className={INPUT}
      />
      <input
        name="signerTitle"
        defaultValue={signature?.signerTitle ?? ""}
        placeholder="Chức vụ"
        aria-label={`Chức vụ người ký của ${unitName}`}
        className={INPUT}
      />
      <DateField
        name="signedOn"
        defaultValue={isoDateValue(signature?.signedOn ?? defaultSignedOn)}
        aria-label={`Ngày ký của ${unitName}`}
        className={INPUT}
      />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Lưu chữ ký của ${unitName}`}
        className="rounded border border-brand-700 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50 disabled:opacity-50"
      >
        {pending ? "Đang lưu…" : "Lưu"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-brand-700 sm:col-span-4">
          {error}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="text-xs text-green-800 sm:col-span-4">
          Đã lưu.
        </p>
      )}
    </form>
  );
}
