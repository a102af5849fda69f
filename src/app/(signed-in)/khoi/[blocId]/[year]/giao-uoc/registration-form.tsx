"use client";

import { useState } from "react";
import { REGISTRATION_KIND_LABEL, TASK_STATUS_LABEL } from "@/domain/vocabulary";
import type { PledgeMember } from "@/server/queries/pledge/get-pledge-page";
import { FormStatus, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { createRegistrationAction, updateRegistrationAction } from "./actions";

type Registration = PledgeMember["registrations"][number];
type Props = { blocYearId: string; member: PledgeMember; registration?: Registration };

const KINDS = Object.entries(REGISTRATION_KIND_LABEL).map(([value, label]) => ({ value, label }));

/** Creates a registration for a member, or edits one; a target links to the member's own tasks. */
export function RegistrationForm({ blocYearId, member, registration }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(
    registration ? updateRegistrationAction : createRegistrationAction,
  );
  const [kind, setKind] = useState<string>(registration?.kind ?? "TARGET");
  const prefix = `reg-${registration?.id ?? `new-${member.unitId}`}`;
  const linked = new Set(registration?.tasks.map((task) => task.id));
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      {registration ? (
        <>
          <input type="hidden" name="registrationId" value={registration.id} />
          <input type="hidden" name="version" value={registration.version} />
        </>
      ) : (
        <>
          <input type="hidden" name="blocYearId" value={blocYearId} />
          <input type="hidden" name="unitId" value={member.unitId} />
        </>
      )}
      <SelectField
        id={`${prefix}-kind`}
        name="kind"
        label="Loại"
        options={KINDS}
        defaultValue={kind}
        onChange={setKind}
        error={errorOf("kind")}
      />
      <TextAreaField
        id={`${prefix}-content`}
        name="content"
        label="Nội dung đăng ký"
        rows={2}
        defaultValue={registration?.content}
        error={errorOf("content")}
      />
      <TextAreaField
        id={`${prefix}-note`}
        name="note"
        label="Ghi chú"
        rows={1}
        defaultValue={registration?.note ?? ""}
        error={errorOf("note")}
      />
      <TextAreaField
        id={`${prefix}-outcome`}
        name="outcome"
        label="Kết quả đạt được (cuối năm)"
        rows={2}
        defaultValue={registration?.outcome ?? ""}
        error={errorOf("outcome")}
      />
      {kind === "TARGET" && (
        <fieldset>
          <legend className="text-sm font-medium text-stone-700">Nhiệm vụ thực hiện chỉ tiêu</legend>
          {member.tasks.length === 0 ? (
            <p className="text-sm text-stone-500">Đơn vị chưa được giao nhiệm vụ nào.</p>
          ) : (
            <div className="mt-1 max-h-48 space-y-1 overflow-y-auto">
              {member.tasks.map((task) => (
                <label key={task.id} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="taskIds"
                    value={task.id}
                    defaultChecked={linked.has(task.id)}
                    className="mt-1"
                  />
                  <span>
                    NV{task.number}. {task.title}{" "}
                    <span className="text-stone-500">({TASK_STATUS_LABEL[task.status]})</span>
                  </span>
                </label>
              ))}
            </div>
          )}
          {errorOf("taskIds") && <p className="mt-1 text-sm text-brand-700">{errorOf("taskIds")}</p>}
        </fieldset>
      )}
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>{registration ? "Lưu đăng ký" : "Thêm đăng ký"}</SubmitButton>
        <FormStatus state={state} saved={registration ? "Đã lưu đăng ký." : "Đã thêm đăng ký."} />
      </div>
    </form>
  );
}
