"use client";

import { useMemo, useState } from "react";
import { useKeptForm } from "@/components/forms/use-kept-form";
import type { MembershipRule, ScoringRules } from "@/domain/scoring";
import { saveScoringRulesAction } from "./actions";
import { AwardsEditor } from "./awards-editor";
import { ClassificationEditor } from "./classification-editor";
import { CrossCheckFields } from "./cross-check-fields";
import { FormError, INPUT_CLASS, PRIMARY_BUTTON } from "./form-messages";
import { buildRules, toFormState, type RulesFormErrors } from "./rules-form-state";
import { MEMBERSHIP_LABEL } from "@/domain/vocabulary";
import { TaskCompletionFields } from "./task-completion-fields";
import { TieBreakEditor } from "./tie-break-editor";
import { TotalsFields } from "./totals-fields";

type Props = {
  blocYearId: string;
  version: number;
  rules: ScoringRules;
  /** The table in force's maximum, to check the levels' thresholds against; 0 without a table. */
  maxPoints: number;
  deductionCriteria: { id: string; code: string; title: string }[];
  /** The year's ranked members, for assigning peer cross-checks. */
  members: { unitId: string; name: string }[];
};

/** The year's rules through forms; the document is checked here first, then on the server. */
export function RulesForm({ blocYearId, version, rules, maxPoints, deductionCriteria, members }: Props) {
  // Not a plain form action: React's reset after it would show the selects' first values.
  const { state, pending, onSubmit } = useKeptForm(saveScoringRulesAction);
  const [form, setForm] = useState(() => toFormState(rules));
  const [errors, setErrors] = useState<RulesFormErrors>({});
  const built = useMemo(() => buildRules(form, maxPoints), [form, maxPoints]);
  const currentVersion = Math.max(version, state?.ok ? state.data.version : 0);
  const serverErrors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form
      aria-label="Quy tắc chấm điểm"
      className="space-y-6"
      onSubmit={(event) => {
        setErrors(built.errors);
        if (built.rules) onSubmit(event);
        else {
          event.preventDefault();
          focusFirstError(event.currentTarget);
        }
      }}
    >
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={currentVersion} />
      <input type="hidden" name="rules" value={JSON.stringify(built.rules ?? {})} />
      <TaskCompletionFields
        value={form.taskCompletion}
        onChange={(taskCompletion) => setForm({ ...form, taskCompletion })}
        errors={errors}
        deductionCriteria={deductionCriteria}
      />
      <TotalsFields value={form.totals} onChange={(totals) => setForm({ ...form, totals })} />
      <TieBreakEditor
        value={form.tieBreaks}
        onChange={(tieBreaks) => setForm({ ...form, tieBreaks })}
        error={errors.tieBreaks}
      />
      <ClassificationEditor
        value={form.levels}
        onChange={(levels) => setForm({ ...form, levels })}
        totals={form.totals}
        onTotalsChange={(totals) => setForm({ ...form, totals })}
        errors={errors}
      />
      <CrossCheckFields
        value={form.crossCheck}
        onChange={(crossCheck) => setForm({ ...form, crossCheck })}
        members={members}
        error={errors["crossCheck.assignments"] ?? errors.crossCheck}
      />
      <AwardsEditor
        value={form.awards}
        onChange={(awards) => setForm({ ...form, awards })}
        levels={form.levels}
        fallback={form.leadingAwardFallback}
        onFallbackChange={(leadingAwardFallback) => setForm({ ...form, leadingAwardFallback })}
        errors={errors}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">Thành viên và điểm tự chấm</legend>
        <label htmlFor="rules-membership" className="block text-xs font-medium text-stone-700">
          Đơn vị được xếp hạng
        </label>
        <select
          id="rules-membership"
          value={form.membership}
          onChange={(event) => setForm({ ...form, membership: event.target.value as MembershipRule })}
          className={INPUT_CLASS}
        >
          {(Object.keys(MEMBERSHIP_LABEL) as MembershipRule[]).map((rule) => (
            <option key={rule} value={rule}>
              {MEMBERSHIP_LABEL[rule]}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.allowSelfScoreFallback}
            onChange={(event) => setForm({ ...form, allowSelfScoreFallback: event.target.checked })}
          />
          Dùng điểm tự chấm khi tiêu chí chưa có điểm kiểm tra chéo hoặc điểm của khối
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {pending ? "Đang lưu…" : "Lưu quy tắc"}
        </button>
        {Object.keys(errors).length > 0 && !built.rules && (
          <p role="alert" className="text-sm text-brand-700">
            Quy tắc còn lỗi, xem các ô được đánh dấu.
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-sm text-green-800">
            Đã lưu quy tắc.
          </p>
        )}
      </div>
      <FormError state={state} />
      {serverErrors.length > 0 && (
        <ul role="alert" className="list-disc pl-5 text-sm text-brand-700">
          {serverErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** After a refused save, the keyboard goes to the first field marked wrong (once it renders). */
function focusFirstError(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
