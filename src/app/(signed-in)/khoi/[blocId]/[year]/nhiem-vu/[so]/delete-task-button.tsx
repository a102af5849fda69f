"use client";

import { FormStatus } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { deleteTaskAction } from "../actions";

/** Deletes the task after the user confirms; allowed only before scoring starts. */
export function DeleteTaskButton({
  taskId,
  version,
  number,
}: {
  taskId: string;
  version: number;
  number: number;
}) {
  const { state, pending, onSubmit } = useKeptForm(deleteTaskAction);
  return (
    <form
      onSubmit={(event) => {
        if (
          !window.confirm(
            `Xóa nhiệm vụ số ${number}? Thao tác này được ghi vào nhật ký và không hoàn tác được.`,
          )
        )
          return event.preventDefault();
        onSubmit(event);
      }}
      className="grid justify-items-start gap-2"
    >
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50"
      >
        {pending ? "Đang xóa…" : "Xóa nhiệm vụ"}
      </button>
      <FormStatus state={state && !state.ok ? state : null} />
    </form>
  );
}
