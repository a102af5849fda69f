"use client";

import { useKeptForm } from "@/components/forms/use-kept-form";
import { BALLOT_CHOICE_LABEL } from "@/domain/vocabulary/labels";
import { castBallotAction } from "../actions";

type Props = { code: string; candidates: { id: string; unitName: string; awardName: string }[] };

const CHOICES = ["AGREE", "DISAGREE", "ABSTAIN"] as const;

/** One fieldset per candidate with three large choices; nothing is preselected. */
export function BallotPaperForm({ code, candidates }: Props) {
  // Kept: a refused paper (a code used meanwhile) keeps the choices made.
  const { state, pending, onSubmit } = useKeptForm(castBallotAction);
  if (state?.ok)
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-4 text-lg text-green-900">
        Phiếu của đơn vị đã được ghi nhận. Cảm ơn!
      </p>
    );
  return (
    // noValidate: the browser's own "select one of these options" is English; the server says it.
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="code" value={code} />
      {candidates.map((candidate, index) => (
        <fieldset key={candidate.id} className="rounded-lg border border-stone-300 bg-white p-3">
          <legend className="px-1 font-medium">
            {index + 1}. {candidate.unitName}
          </legend>
          <p className="mb-2 text-sm text-stone-600">{candidate.awardName}</p>
          <div className="grid gap-2">
            {CHOICES.map((choice) => (
              <label
                key={choice}
                className="flex min-h-12 items-center gap-3 rounded-md border border-stone-200 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name={`phieu-${candidate.id}`}
                  value={choice}
                  required
                  className="size-5"
                />
                {BALLOT_CHOICE_LABEL[choice]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-brand-800">
          {state.formError ?? "Vui lòng chọn ý kiến cho mỗi ứng viên."}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-3 text-lg font-medium text-white disabled:opacity-50"
      >
        {pending ? "Đang gửi…" : "Gửi phiếu"}
      </button>
      <p className="text-sm text-stone-600">Phiếu đã gửi không sửa được.</p>
    </form>
  );
}
