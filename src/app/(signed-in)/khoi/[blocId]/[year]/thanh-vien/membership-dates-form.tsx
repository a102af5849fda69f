"use client";

import { DateField } from "@/components/date-field";
import { updateMembershipAction } from "./actions";
import { isoDateValue } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

type Props = { membershipId: string; version: number; unitName: string; joinedOn: Date; leftOn: Date | null };

/** Join and leave dates of one member, saved on their own; leave "rời khối" empty while the unit stays. */
export function MembershipDatesForm({ membershipId, version, unitName, joinedOn, leftOn }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(updateMembershipAction);
  const error =
    (state && !state.ok && (errorOf("joinedOn") ?? errorOf("leftOn") ?? state.formError)) || undefined;
  const errorId = `membership-${membershipId}-error`;
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-end gap-2"
      aria-describedby={error ? errorId : undefined}
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="version" value={version} />
      <label className="text-xs text-stone-600">
        Tham gia
        <DateField
          name="joinedOn"
          defaultValue={isoDateValue(joinedOn)}
          aria-label={`Ngày tham gia của ${unitName}`}
          className="block rounded border border-stone-300 px-2 py-1 text-sm"
        />
      </label>
      <label className="text-xs text-stone-600">
        Rời khối
        <DateField
          name="leftOn"
          defaultValue={isoDateValue(leftOn)}
          aria-label={`Ngày rời khối của ${unitName}`}
          className="block rounded border border-stone-300 px-2 py-1 text-sm"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        aria-label={`Lưu ngày của ${unitName}`}
        className="rounded border border-brand-700 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50 disabled:opacity-50"
      >
        {pending ? "Đang lưu…" : "Lưu"}
      </button>
      {error && (
        <p id={errorId} role="alert" className="basis-full text-sm text-brand-700">
          {error}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="basis-full text-xs text-green-800">
          Đã lưu.
        </p>
      )}
    </form>
  );
}
