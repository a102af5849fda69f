"use client";

import { useActionState, useState } from "react";
import { formatDate, toIsoDay } from "@/domain/calendar";
import type { TaskFormOptions } from "@/server/queries/tasks/task-form-options";
import type { TaskValues } from "@/server/queries/tasks/get-task";
import { createTaskAction, updateTaskAction } from "./actions";
import { Field, failureMessage, FormAlert, INPUT_CLASS, SavedMeanwhile, SubmitButton } from "./form-fields";
import { SourceDocumentFields } from "./source-document-fields";
import { TaskScheduleFields } from "./task-schedule-fields";

type Props = { year: number; options: TaskFormOptions } & (
  { mode: "create"; blocYearId: string } | { mode: "edit"; task: TaskValues }
);

function initialValues(props: Props): Record<string, string> {
  if (props.mode === "create") {
    const sourceMode = props.options.sourceDocuments.length > 0 ? "existing" : "new";
    return {
      title: "",
      ownerUnitId: "",
      sourceMode,
      sourceDocumentId: "",
      weight: "1",
      isKey: "",
      deadline: "",
      criterionId: props.options.defaultCriterionId ?? "",
    };
  }
  const { task } = props;
  return {
    title: task.title,
    ownerUnitId: task.ownerUnitId,
    sourceMode: task.sourceDocumentId ? "existing" : "none",
    sourceDocumentId: task.sourceDocumentId ?? "",
    weight: String(task.weight),
    isKey: task.isKey ? "on" : "",
    deadline: toIsoDay(task.deadline),
    criterionId: task.criterionId ?? "",
  };
}

/** What another editor saved, per field, where it differs from what this form holds. */
function savedMeanwhile(current: TaskValues | undefined, values: Record<string, string>) {
  if (!current) return {};
  const differs = (field: string, saved: string) => (values[field] !== saved ? saved : undefined);
  return {
    title: differs("title", current.title),
    ownerUnitId: current.ownerUnitId !== values.ownerUnitId ? current.ownerName : undefined,
    weight: differs("weight", String(current.weight)),
    isKey:
      current.isKey !== (values.isKey === "on")
        ? current.isKey
          ? "Là nhiệm vụ trọng tâm"
          : "Không phải nhiệm vụ trọng tâm"
        : undefined,
    deadline: toIsoDay(current.deadline) !== values.deadline ? formatDate(current.deadline) : undefined,
  };
}

export function TaskDefinitionForm(props: Props) {
  const [state, action, pending] = useActionState(
    props.mode === "create" ? createTaskAction : updateTaskAction,
    null,
  );
  const values = state && !state.ok && state.values ? state.values : initialValues(props);
  const [sourceMode, setSourceMode] = useState(values.sourceMode ?? "existing");
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const meanwhile = savedMeanwhile(state && !state.ok ? state.current : undefined, values);
  const version = state?.ok
    ? state.data.version
    : (state && !state.ok && state.current?.version) || (props.mode === "edit" ? props.task.version : 0);
  const { options, year } = props;
  return (
    <form
      action={action}
      key={JSON.stringify(values)}
      className="grid gap-4 rounded-lg border border-stone-200 bg-white p-5"
      noValidate
    >
      {props.mode === "create" ? (
        <input type="hidden" name="blocYearId" value={props.blocYearId} />
      ) : (
        <input type="hidden" name="taskId" value={props.task.id} />
      )}
      {props.mode === "edit" && <input type="hidden" name="version" value={version} />}
      {state?.ok && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã lưu thông tin nhiệm vụ.
        </p>
      )}
      <FormAlert message={failureMessage(state && !state.ok ? state : null)} />
      <Field name="title" label="Nội dung nhiệm vụ" errors={errors.title}>
        {(describedBy, invalid) => (
          <textarea
            id="title"
            name="title"
            rows={3}
            required
            defaultValue={values.title}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <SavedMeanwhile value={meanwhile.title} />
      <TaskScheduleFields year={year} values={values} errors={errors} options={options} />
      <div className="grid gap-2 sm:grid-cols-3">
        <SavedMeanwhile value={meanwhile.ownerUnitId} />
        <SavedMeanwhile value={meanwhile.weight} />
        <SavedMeanwhile value={meanwhile.deadline} />
      </div>
      <SourceDocumentFields
        mode={sourceMode}
        onModeChange={setSourceMode}
        values={values}
        errors={errors}
        documents={options.sourceDocuments}
      />
      <Field
        name="criterionId"
        label="Tiêu chí tính điểm"
        errors={errors.criterionId}
        hint="Tiêu chí loại “tính từ nhiệm vụ” của bảng điểm đang áp dụng."
      >
        {(describedBy) => (
          <select
            id="criterionId"
            name="criterionId"
            defaultValue={values.criterionId}
            aria-describedby={describedBy}
            className={INPUT_CLASS}
          >
            <option value="">Không tính điểm</option>
            {options.criteria.map((criterion) => (
              <option key={criterion.id} value={criterion.id}>
                {criterion.code}. {criterion.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="isKey"
            defaultChecked={values.isKey === "on"}
            aria-describedby="isKey-hint"
            className="mt-1 h-4 w-4 accent-brand-700"
          />
          <span className="font-medium">Nhiệm vụ trọng tâm</span>
        </label>
        <p id="isKey-hint" className="mt-1 text-sm text-stone-600">
          Quy chế xếp loại có thể yêu cầu đơn vị không để nhiệm vụ trọng tâm nào chưa hoàn thành, hoặc hoàn
          thành mọi nhiệm vụ trọng tâm đúng hạn.
        </p>
        <SavedMeanwhile value={meanwhile.isKey} />
      </div>
      <div>
        <SubmitButton pending={pending} label={props.mode === "create" ? "Thêm nhiệm vụ" : "Lưu thay đổi"} />
      </div>
    </form>
  );
}
