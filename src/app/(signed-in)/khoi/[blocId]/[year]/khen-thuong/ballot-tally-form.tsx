"use client";

import { useActionState, useState } from "react";
import { saveBallotTallyAction } from "./actions";
import { FormAlert, INPUT, SECONDARY_BUTTON, fieldError } from "./form-alert";

type Props = {
  blocYearId: string;
  unitId: string;
  unitName: string;
  awardCode: string;
  awardName: string;
  tally: { votesFor: number; votersPresent: number; version: number } | null;
};

/** One candidate × award cell; it saves on its own, and a refused save keeps what was typed. */
export function BallotTallyForm({ blocYearId, unitId, unitName, awardCode, awardName, tally }: Props) {
  const [state, action, pending] = useActionState(saveBallotTallyAction, null);
  const [votesFor, setVotesFor] = useState(tally ? String(tally.votesFor) : "");
  const [votersPresent, setVotersPresent] = useState(tally ? String(tally.votersPresent) : "");
  // A tally written elsewhere (a phones' ballot closed, another secretary) shows as soon as the
  // page has it; the newest version is the one a save must name.
  const [seenVersion, setSeenVersion] = useState(tally?.version ?? 0);
  if (tally && tally.version !== seenVersion) {
    setSeenVersion(tally.version);
    setVotesFor(String(tally.votesFor));
    setVotersPresent(String(tally.votersPresent));
  }
  const version = Math.max(state?.ok ? state.data.version : 0, tally?.version ?? 0);
  const id = `tally-${unitId}-${awardCode}`;
  const error = fieldError(state, "votesFor") ?? fieldError(state, "votersPresent");
  return (
    <form
      action={action}
      aria-label={`Phiếu ${awardName} – ${unitName}`}
      className="flex flex-wrap items-center gap-1"
    >
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="awardCode" value={awardCode} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={`${id}-for`} className="sr-only">
        Số phiếu đồng ý – {unitName} – {awardName}
      </label>
      <input
        id={`${id}-for`}
        name="votesFor"
        inputMode="numeric"
        value={votesFor}
        onChange={(e) => setVotesFor(e.target.value)}
        className={`${INPUT} mt-0 w-14 text-right`}
        aria-invalid={error ? true : undefined}
      />
      <span aria-hidden="true">/</span>
      <label htmlFor={`${id}-present`} className="sr-only">
        Số đại biểu có mặt – {unitName} – {awardName}
      </label>
      <input
        id={`${id}-present`}
        name="votersPresent"
        inputMode="numeric"
        value={votersPresent}
        onChange={(e) => setVotersPresent(e.target.value)}
        className={`${INPUT} mt-0 w-14 text-right`}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
        {pending ? "Đang lưu…" : "Lưu"}
      </button>
      {error && <p className="w-full text-sm text-brand-700">{error}</p>}
      <div className="w-full">
        <FormAlert state={state} success="Đã lưu." />
      </div>
    </form>
  );
}
