"use client";

import { useActionState, useState } from "react";
import { whatIfAction } from "./actions";
import { WhatIfResult } from "./what-if-result";
import { WhatIfTaskRow, type WhatIfChoice, type WhatIfTask } from "./what-if-task-row";

type Props = { blocYearId: string; unitId: string; tasks: readonly WhatIfTask[] };

const initialChoice = (task: WhatIfTask): WhatIfChoice => ({
  selected: false,
  status: "DONE",
  completedOn: task.deadline,
  completionPercent: "50",
});

/** The chosen tasks as the action expects them; fields that do not apply to a status are left out. */
function changesOf(tasks: readonly WhatIfTask[], choices: Record<string, WhatIfChoice>) {
  return tasks.flatMap((task) => {
    const choice = choices[task.id];
    if (!choice?.selected) return [];
    return [
      {
        taskId: task.id,
        status: choice.status,
        ...(choice.status === "DONE" && { completedOn: choice.completedOn }),
        ...(choice.status === "PARTIAL" && {
          completionPercent: choice.completionPercent === "" ? undefined : Number(choice.completionPercent),
        }),
      },
    ];
  });
}

/** Pick tasks and hypothetical statuses; the server recomputes the ranking without saving anything. */
export function WhatIfForm({ blocYearId, unitId, tasks }: Props) {
  const [choices, setChoices] = useState<Record<string, WhatIfChoice>>(() =>
    Object.fromEntries(tasks.map((task) => [task.id, initialChoice(task)])),
  );
  const [state, dispatch, pending] = useActionState(whatIfAction, null);
  const selectedCount = Object.values(choices).filter((choice) => choice.selected).length;
  const errors =
    state && !state.ok
      ? [state.formError, ...Object.values(state.fieldErrors ?? {}).flat()].filter(Boolean)
      : [];
  return (
    <section
      aria-labelledby="what-if-heading"
      className="no-print mt-8 rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="what-if-heading" className="text-lg font-semibold">
        Tính thử: nếu nhiệm vụ có kết quả khác
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        Chọn một hoặc nhiều nhiệm vụ và tình trạng giả định để xem hạng và điểm mới.{" "}
        <strong>Chỉ tính thử: không có gì được lưu.</strong>
      </p>
      <form
        action={() => dispatch({ blocYearId, unitId, changes: changesOf(tasks, choices) })}
        className="mt-3"
      >
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  <span className="sr-only">Chọn</span>
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Nhiệm vụ
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Tình trạng giả định
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Chi tiết
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <WhatIfTaskRow
                  key={task.id}
                  task={task}
                  choice={choices[task.id] ?? initialChoice(task)}
                  onChange={(choice) => setChoices((current) => ({ ...current, [task.id]: choice }))}
                />
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-3 flex items-center gap-3">
          <button
            type="submit"
            disabled={pending || selectedCount === 0}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
          >
            {pending ? "Đang tính…" : "Tính thử"}
          </button>
          <span className="text-sm text-stone-600">
            {selectedCount === 0 ? "Chưa chọn nhiệm vụ nào." : `Đã chọn ${selectedCount} nhiệm vụ.`}
          </span>
        </div>
      </form>
      {errors.length > 0 && (
        <ul role="alert" className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {[...new Set(errors)].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {state?.ok && <WhatIfResult outcome={state.data} />}
    </section>
  );
}
