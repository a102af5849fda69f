"use client";

import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { MemberRow } from "@/server/queries/members/get-members-page";
import { recordElectionAction } from "./actions";
import {
  FormStatus,
  InputField,
  SelectField,
  SubmitButton,
  isoDateValue,
} from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

type Props = { blocYearId: string; rolesStamp: string; members: MemberRow[] };

/** The election of the year's leaders: one head, at most one standing deputy, any deputies. */
export function ElectionForm({ blocYearId, rolesStamp, members }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(recordElectionAction);
  const current = (role: string) =>
    members.filter((member) => member.role?.role === role).map((member) => member.unitId);
  const lastElection = members.find((member) => member.role)?.role;
  const options = members
    .filter((member) => !member.leftOn)
    .map((member) => ({ value: member.unitId, label: member.name }));
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="rolesStamp" value={rolesStamp} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="election-head"
          name="headUnitId"
          label={BLOC_ROLE_LABEL.HEAD}
          placeholder="— Chọn đơn vị —"
          options={options}
          defaultValue={current("HEAD")[0]}
          error={errorOf("headUnitId")}
        />
        <SelectField
          id="election-standing"
          name="standingDeputyUnitId"
          label={BLOC_ROLE_LABEL.STANDING_DEPUTY}
          placeholder="— Không có —"
          options={options}
          defaultValue={current("STANDING_DEPUTY")[0]}
          error={errorOf("standingDeputyUnitId")}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">{BLOC_ROLE_LABEL.DEPUTY}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="deputyUnitIds"
                value={option.value}
                defaultChecked={current("DEPUTY").includes(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {errorOf("deputyUnitIds") && (
          <p className="mt-1 text-sm text-brand-700">{errorOf("deputyUnitIds")}</p>
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          id="election-electedOn"
          name="electedOn"
          type="date"
          label="Ngày bầu"
          defaultValue={isoDateValue(lastElection?.electedOn)}
          error={errorOf("electedOn")}
        />
        <InputField
          id="election-decisionRef"
          name="decisionRef"
          label="Số biên bản, quyết định"
          defaultValue={lastElection?.decisionRef ?? ""}
          error={errorOf("decisionRef")}
        />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Lưu kết quả bầu</SubmitButton>
        <FormStatus state={state} saved="Đã lưu vai trò." />
      </div>
    </form>
  );
}
