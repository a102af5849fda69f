"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { confirmFirst } from "@/components/forms/confirm-first";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { cancelBallotAction, closeBallotAction, openBallotAction } from "./actions";
import { BUTTON, FormAlert, INPUT, SECONDARY_BUTTON } from "./form-alert";

type Choice = { value: string; label: string; suggested: boolean };
type AwardChoices = { awardCode: string; awardName: string; threshold: string; choices: Choice[] };

/** The candidates to put to the vote, award by award; the engine's candidates come ticked. */
export function OpenBallotForm({ blocYearId, awards }: { blocYearId: string; awards: AwardChoices[] }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(openBallotAction);
  const candidatesError = errorOf("candidates");
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      {awards.map((award) => (
        <fieldset key={award.awardCode} className="rounded-lg border border-stone-200 bg-white p-3">
          <legend className="px-1 text-sm font-medium">
            {award.awardName} <span className="font-normal text-stone-600">({award.threshold})</span>
          </legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {award.choices.map((choice) => (
              <label key={choice.value} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="candidates"
                  value={choice.value}
                  defaultChecked={choice.suggested}
                />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {candidatesError ? (
        <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {candidatesError}
        </p>
      ) : (
        <FormAlert state={state} />
      )}
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Đang mở…" : "Mở bỏ phiếu kín"}
      </button>
    </form>
  );
}

/** Closing counts the papers; the confirmation says it cannot be undone. */
export function CloseBallotForm({ ballotId, version }: { ballotId: string; version: number }) {
  const { state, pending, onSubmit } = useKeptForm(closeBallotAction);
  return (
    <form
      onSubmit={confirmFirst("Kết thúc bỏ phiếu và kiểm phiếu? Mã chưa dùng sẽ hết hiệu lực.", onSubmit)}
      className="space-y-2"
    >
      <input type="hidden" name="ballotId" value={ballotId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert state={state} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Đang kiểm phiếu…" : "Kết thúc và kiểm phiếu"}
      </button>
    </form>
  );
}

export function CancelBallotForm({ ballotId, version }: { ballotId: string; version: number }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(cancelBallotAction);
  const error = errorOf("reason");
  return (
    <form
      onSubmit={confirmFirst("Hủy cuộc bỏ phiếu? Mọi mã của cuộc này sẽ hết hiệu lực.", onSubmit)}
      className="space-y-2"
    >
      <input type="hidden" name="ballotId" value={ballotId} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor="cancel-reason" className="block text-sm font-medium">
        Lý do hủy (để bỏ phiếu lại)
      </label>
      <input
        id="cancel-reason"
        name="reason"
        maxLength={500}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "cancel-reason-error" : undefined}
        className={INPUT}
      />
      {error && (
        <p id="cancel-reason-error" className="text-sm text-brand-700">
          {error}
        </p>
      )}
      <FormAlert state={state && !state.ok && error ? null : state} />
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
        {pending ? "Đang hủy…" : "Hủy cuộc bỏ phiếu"}
      </button>
    </form>
  );
}

/** While a ballot is open, the count of papers follows without a reload (every 3 s). */
export function FollowBallot() {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), 3_000);
    return () => window.clearInterval(timer);
  }, [router]);
  return null;
}
