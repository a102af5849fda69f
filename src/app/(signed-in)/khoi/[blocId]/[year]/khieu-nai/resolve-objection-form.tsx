"use client";

import "@/components/forms/zod-in-browser";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { confirmFirst } from "@/components/forms/confirm-first";
import { Field, invalidProps } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { formatPoints } from "@/domain/format";
import { resolveObjectionSchema } from "@/schemas/disputes/objection";
import { BUTTON, FormAlert, INPUT } from "../khen-thuong/form-alert";
import { resolveObjectionAction } from "./actions";

const DECISIONS = [
  ["accept", "Chấp nhận (sửa điểm chấm cuối)"],
  ["reject", "Không chấp nhận"],
] as const;

type Props = { objectionId: string; version: number; number: number; limit: number };

/** The secretariat's answer: accept with the corrected final score, or reject; a reason either way. */
export function ResolveObjectionForm({ objectionId, version, number, limit }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(resolveObjectionAction);
  const [decision, setDecision] = useState<"accept" | "reject">("accept");
  const id = useId();
  const errors = { points: errorOf("points"), resolution: errorOf("resolution") };
  const router = useRouter();
  // Refused for a reason the card does not show yet (answered in another tab, changed meanwhile):
  // the message stays, with a way to see what is stored now.
  const formError = state && !state.ok && !state.fieldErrors ? state.formError : undefined;
  const confirmThenSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // Input the server would refuse is sent at once, so its message shows without a question first.
    const typed = resolveObjectionSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!typed.success || (typed.data.decision === "accept" && typed.data.points > limit))
      return onSubmit(event);
    const question =
      decision === "accept"
        ? `Chấp nhận khiếu nại số ${number} và ghi điểm chấm cuối mới? Không sửa lại được câu trả lời.`
        : `Không chấp nhận khiếu nại số ${number}? Không sửa lại được câu trả lời.`;
    confirmFirst(question, onSubmit)(event);
  };
  return (
    <form
      onSubmit={confirmThenSubmit}
      noValidate
      className="no-print mt-4 space-y-3 border-t border-stone-200 pt-3"
    >
      <input type="hidden" name="objectionId" value={objectionId} />
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Giải quyết khiếu nại</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {DECISIONS.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                name="decision"
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
                className="h-5 w-5"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {decision === "accept" && (
        <Field
          id={`${id}-points`}
          label={`Điểm chấm cuối sau giải quyết (tối đa ${formatPoints(limit)})`}
          error={errors.points}
        >
          <input
            id={`${id}-points`}
            name="points"
            inputMode="decimal"
            autoComplete="off"
            {...invalidProps(`${id}-points`, errors.points)}
            className={`${INPUT} max-w-32`}
          />
        </Field>
      )}
      <Field
        id={`${id}-resolution`}
        label={decision === "accept" ? "Ý kiến giải quyết" : "Lý do không chấp nhận"}
        error={errors.resolution}
      >
        <textarea
          id={`${id}-resolution`}
          name="resolution"
          rows={3}
          {...invalidProps(`${id}-resolution`, errors.resolution)}
          className={INPUT}
        />
      </Field>
      <FormAlert state={state && !state.ok && state.fieldErrors ? null : state} />
      {formError && (
        <p>
          <button type="button" onClick={() => router.refresh()} className="text-sm text-brand-800 underline">
            Tải lại để xem khiếu nại như hiện đang lưu
          </button>
        </p>
      )}
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Đang lưu…" : "Ghi kết quả giải quyết"}
      </button>
    </form>
  );
}
