"use client";

import { DateField } from "@/components/date-field";
import { useActionState, useState } from "react";
import { formatDate, toIsoDay } from "@/domain/calendar";
import { TASK_STATUS_LABEL } from "@/domain/vocabulary";
import { percentInput } from "@/domain/tasks/completion-share";
import type { TaskValues } from "@/server/queries/tasks/get-task";
import { updateTaskProgressAction } from "./actions";
import { Field, failureMessage, FormAlert, INPUT_CLASS, SavedMeanwhile, SubmitButton } from "./form-fields";

function initialValues(task: TaskValues): Record<string, string> {
  return {
    status: task.status,
    completedOn: task.completedOn ? toIsoDay(task.completedOn) : "",
    completionPercent: percentInput(task.completionShare),
    evidenceNote: task.evidenceNote ?? "",
    evidenceUrl: task.evidenceUrl ?? "",
  };
}

function savedMeanwhile(current: TaskValues | undefined, values: Record<string, string>) {
  if (!current) return {};
  const saved = initialValues(current);
  const differs = (field: string, shown: string) => (values[field] !== saved[field] ? shown : undefined);
  return {
    status: differs("status", TASK_STATUS_LABEL[current.status]),
    completedOn: differs("completedOn", formatDate(current.completedOn)),
    completionPercent: differs("completionPercent", `${saved.completionPercent} %`),
    evidenceNote: differs("evidenceNote", saved.evidenceNote ?? ""),
    evidenceUrl: differs("evidenceUrl", saved.evidenceUrl ?? ""),
  };
}

/** Status, completion and evidence: the part of a task its owner unit's leader may also update. */
export function TaskProgressForm({ task }: { task: TaskValues }) {
  const [state, action, pending] = useActionState(updateTaskProgressAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? initialValues(task);
  const [status, setStatus] = useState(values.status);
  const errors = failed?.fieldErrors ?? {};
  const meanwhile = savedMeanwhile(failed?.current, values);
  const version = state?.ok ? state.data.version : (failed?.current?.version ?? task.version);
  const needsCompletion = status === "DONE" || status === "PARTIAL";
  return (
    <form
      action={action}
      key={JSON.stringify(values)}
      className="grid gap-4 rounded-lg border border-stone-200 bg-white p-5"
      noValidate
    >
      <input type="hidden" name="taskId" value={task.id} />
      <input type="hidden" name="version" value={version} />
      {state?.ok && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã cập nhật tiến độ.
        </p>
      )}
      <FormAlert message={failureMessage(failed)} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <Field name="status" label="Trạng thái" errors={errors.status}>
            {(describedBy) => (
              <select
                id="status"
                name="status"
                defaultValue={values.status}
                onChange={(event) => setStatus(event.target.value)}
                aria-describedby={describedBy}
                className={INPUT_CLASS}
              >
                {Object.entries(TASK_STATUS_LABEL).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SavedMeanwhile value={meanwhile.status} />
        </div>
        <div>
          <Field
            name="completedOn"
            label="Ngày hoàn thành"
            errors={errors.completedOn}
            hint={needsCompletion ? "Bắt buộc; không sau hôm nay." : "Chỉ ghi khi đã hoàn thành."}
          >
            {(describedBy, invalid) => (
              <DateField
                id="completedOn"
                name="completedOn"
                defaultValue={values.completedOn}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={INPUT_CLASS}
              />
            )}
          </Field>
          <SavedMeanwhile value={meanwhile.completedOn} />
        </div>
        <div>
          <Field
            name="completionPercent"
            label="Tỷ lệ hoàn thành (%)"
            errors={errors.completionPercent}
            hint={status === "DONE" ? "Hoàn thành được tính 100 %." : "Ví dụ: 70 hoặc 37,5."}
          >
            {(describedBy, invalid) => (
              <input
                // Done is 100 %: the field shows it, not what was typed for another status.
                key={status === "DONE" ? "done" : "open"}
                id="completionPercent"
                name="completionPercent"
                inputMode="decimal"
                defaultValue={status === "DONE" ? "100" : values.completionPercent}
                readOnly={status === "DONE"}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={INPUT_CLASS}
              />
            )}
          </Field>
          <SavedMeanwhile value={meanwhile.completionPercent} />
        </div>
      </div>
      <Field name="evidenceNote" label="Ghi chú minh chứng" errors={errors.evidenceNote}>
        {(describedBy, invalid) => (
          <textarea
            id="evidenceNote"
            name="evidenceNote"
            rows={2}
            defaultValue={values.evidenceNote}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <SavedMeanwhile value={meanwhile.evidenceNote} />
      <Field
        name="evidenceUrl"
        label="Đường dẫn minh chứng"
        errors={errors.evidenceUrl}
        hint="Bắt đầu bằng http:// hoặc https://"
      >
        {(describedBy, invalid) => (
          <input
            id="evidenceUrl"
            name="evidenceUrl"
            type="url"
            defaultValue={values.evidenceUrl}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <SavedMeanwhile value={meanwhile.evidenceUrl} />
      <div>
        <SubmitButton pending={pending} label="Lưu tiến độ" />
      </div>
    </form>
  );
}
