"use client";

import { DateField } from "@/components/date-field";
import { formatDate } from "@/domain/calendar";
import { TASK_STATUS_LABEL, type TaskStatusCode } from "@/domain/vocabulary";

export type WhatIfTask = { id: string; number: number; title: string; deadline: string; statusLabel: string };
export type WhatIfChoice = {
  selected: boolean;
  status: string;
  completedOn: string;
  completionPercent: string;
};

const WHAT_IF_STATUSES: readonly TaskStatusCode[] = ["DONE", "PARTIAL", "NOT_DONE", "IN_PROGRESS"];

type Props = { task: WhatIfTask; choice: WhatIfChoice; onChange: (choice: WhatIfChoice) => void };

/** One task of the what-if form: tick it, then pick the hypothetical status and its details. */
export function WhatIfTaskRow({ task, choice, onChange }: Props) {
  const set = (patch: Partial<WhatIfChoice>) => onChange({ ...choice, ...patch });
  const prefix = `what-if-${task.id}`;
  return (
    <tr className="border-t border-stone-100 align-top">
      <td className="px-3 py-2">
        <input
          id={`${prefix}-pick`}
          type="checkbox"
          checked={choice.selected}
          onChange={(event) => set({ selected: event.target.checked })}
          className="h-4 w-4"
        />
      </td>
      <td className="px-3 py-2">
        <label htmlFor={`${prefix}-pick`} className="block">
          Nhiệm vụ {task.number}: {task.title}
        </label>
        <span className="text-xs text-stone-600">
          Hạn {formatDate(task.deadline)} · hiện tại: {task.statusLabel}
        </span>
      </td>
      <td className="px-3 py-2">
        <label htmlFor={`${prefix}-status`} className="sr-only">
          Tình trạng giả định của nhiệm vụ {task.number}
        </label>
        <select
          id={`${prefix}-status`}
          value={choice.status}
          disabled={!choice.selected}
          onChange={(event) => set({ status: event.target.value })}
          className="rounded-md border border-stone-300 bg-white px-2 py-1 disabled:opacity-50"
        >
          {WHAT_IF_STATUSES.map((status) => (
            <option key={status} value={status}>
              {TASK_STATUS_LABEL[status]}
            </option>
          ))}
        </select>
      </td>
      <td className="px-3 py-2">
        {choice.selected && choice.status === "DONE" && (
          <label className="block text-xs text-stone-600">
            Ngày hoàn thành
            <DateField
              required
              value={choice.completedOn}
              onValueChange={(completedOn) => set({ completedOn })}
              className="mt-1 block rounded-md border border-stone-300 px-2 py-1 text-sm text-stone-900"
            />
          </label>
        )}
        {choice.selected && choice.status === "PARTIAL" && (
          <label className="block text-xs text-stone-600">
            Tỷ lệ hoàn thành (%)
            <input
              type="number"
              required
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={choice.completionPercent}
              onChange={(event) => set({ completionPercent: event.target.value })}
              className="mt-1 block w-24 rounded-md border border-stone-300 px-2 py-1 text-right text-sm text-stone-900"
            />
          </label>
        )}
      </td>
    </tr>
  );
}
