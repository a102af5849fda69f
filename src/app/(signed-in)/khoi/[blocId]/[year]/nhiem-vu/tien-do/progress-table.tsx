"use client";

import Link from "@/components/app-link";
import { Fragment, type FocusEvent, type KeyboardEvent } from "react";
import { ConflictNotice } from "@/components/conflict-notice";
import { DateField } from "@/components/date-field";
import { TASK_STATUS_LABEL, type TaskStatusCode } from "@/domain/vocabulary";
import type { ProgressRow, ProgressValues } from "@/server/queries/tasks/progress-rows";
import { arrowMove, rowCellsValid } from "./progress-keys";
import { RowStatusMark } from "./row-status-mark";
import { type EditableField, useProgressRows } from "./use-progress-rows";

// ↑ and ↓ step the value of a status list or a date (a day at a time) rather than the row.
const COLUMNS: { field: EditableField; label: string; arrowsStepValue: boolean }[] = [
  { field: "status", label: "Trạng thái", arrowsStepValue: true },
  { field: "completedOn", label: "Ngày hoàn thành", arrowsStepValue: true },
  { field: "completionPercent", label: "Tỷ lệ (%)", arrowsStepValue: false },
  { field: "evidenceNote", label: "Ghi chú minh chứng", arrowsStepValue: false },
];
// Each cell keeps a floor width, so on a phone the table scrolls inside its box rather than
// squeezing a status to "H" and a date to "25/".
const CELL_MIN_WIDTH: Record<EditableField, string> = {
  status: "min-w-44",
  completedOn: "min-w-28",
  completionPercent: "min-w-16",
  evidenceNote: "min-w-40",
};
const CELL_CLASS =
  "w-full rounded border border-stone-300 px-1.5 py-1 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600 aria-invalid:bg-red-50";

/** A row's values in words, for the conflict notice. */
function describe(values: ProgressValues): string {
  return [
    TASK_STATUS_LABEL[values.status],
    values.completedOn && `ngày ${values.completedOn}`,
    values.completionPercent && `${values.completionPercent} %`,
    values.evidenceNote && `ghi chú: ${values.evidenceNote}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Many tasks' progress at once, like a spreadsheet: Tab goes cell to cell row by row, Enter goes
 * down the column (Shift+Enter up), the arrows move as in the score grid, Escape gives a row back
 * its saved values. A row saves on its own when focus leaves it, unless a date in it is no day
 * (the field says why); a conflict is shown under the row and nothing typed is lost.
 */
export function ProgressTable({ rows, basePath }: { rows: ProgressRow[]; basePath: string }) {
  const { local, valuesOf, edit, save, keepMine, takeTheirs, revert } = useProgressRows(rows);
  const focusCell = (from: HTMLElement, row: number, col: number) => {
    const cell = from.closest("table")?.querySelector<HTMLElement>(`[data-cell="${row}-${col}"]`);
    cell?.focus();
    return Boolean(cell);
  };
  const saveIfValid = (rowElement: Element | null, row: ProgressRow) => {
    if (rowCellsValid(rowElement)) void save(row);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number, col: number) => {
    const row = rows[index]!;
    const move = arrowMove(event, COLUMNS[col]!);
    if (move) {
      event.preventDefault();
      focusCell(event.currentTarget, index + move.rows, col + move.cols);
    } else if (event.key === "Escape") {
      event.preventDefault();
      revert(row);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!focusCell(event.currentTarget, index + (event.shiftKey ? -1 : 1), col))
        saveIfValid(event.currentTarget.closest("tr"), row);
    }
  };
  const onRowBlur = (event: FocusEvent<HTMLTableRowElement>, row: ProgressRow) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null))
      saveIfValid(event.currentTarget, row);
  };
  return (
    // relative: the sr-only labels (absolutely placed) then scroll with the table instead of
    // widening the whole page.
    <div className="relative mt-4 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-700">
          <tr>
            <th scope="col" className="px-2 py-2">
              Nhiệm vụ
            </th>
            <th scope="col" className="px-2 py-2">
              Đơn vị chủ trì · Hạn
            </th>
            {COLUMNS.map((column) => (
              <th key={column.field} scope="col" className="px-2 py-2">
                {column.label}
              </th>
            ))}
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">Trạng thái lưu</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const entry = local[row.id];
            const values = valuesOf(row);
            const errorOf = (field: EditableField) => entry?.fieldErrors?.[field]?.[0];
            const cellProps = (field: EditableField, col: number) => ({
              "aria-label": `${COLUMNS[col]!.label}, nhiệm vụ số ${row.number}`,
              "aria-invalid": errorOf(field) ? true : undefined,
              "data-cell": `${index}-${col}`,
              onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, index, col),
              className: `${CELL_CLASS} ${CELL_MIN_WIDTH[field]}`,
            });
            return (
              <Fragment key={row.id}>
                <tr
                  data-testid={`progress-row-${row.number}`}
                  onBlur={(event) => onRowBlur(event, row)}
                  className="border-t border-stone-200 align-top"
                >
                  <th scope="row" className="max-w-80 min-w-48 px-2 py-1.5 text-left font-normal">
                    <Link href={`${basePath}/${row.number}`} className="text-brand-800 hover:underline">
                      {row.number}. {row.title}
                    </Link>
                  </th>
                  <td className="min-w-36 px-2 py-1.5 text-stone-600">
                    {row.ownerName}
                    <span className="block tabular-nums">Hạn {row.deadline}</span>
                  </td>
                  <td className="px-2 py-1.5">
                    <select
                      {...cellProps("status", 0)}
                      value={values.status}
                      onChange={(event) => edit(row, "status", event.target.value as TaskStatusCode)}
                    >
                      {Object.entries(TASK_STATUS_LABEL).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="w-32 px-2 py-1.5">
                    <DateField
                      {...cellProps("completedOn", 1)}
                      id={`completed-on-${row.id}`}
                      text={values.completedOn}
                      onTextChange={(text) => edit(row, "completedOn", text)}
                    />
                  </td>
                  {(["completionPercent", "evidenceNote"] as const).map((field, offset) => (
                    <td key={field} className="px-2 py-1.5">
                      <input
                        {...cellProps(field, offset + 2)}
                        type="text"
                        autoComplete="off"
                        inputMode={field === "evidenceNote" ? "text" : "decimal"}
                        value={values[field]}
                        onChange={(event) => edit(row, field, event.target.value)}
                      />
                    </td>
                  ))}
                  <td className="px-2 py-1.5">
                    <RowStatusMark
                      status={entry?.status ?? "idle"}
                      dirty={Object.keys(entry?.draft ?? {}).length > 0}
                    />
                  </td>
                </tr>
                {entry?.status === "error" && (
                  <tr>
                    <td colSpan={7} className="px-2 pb-2">
                      <ul role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
                        {(entry.fieldErrors
                          ? Object.values(entry.fieldErrors).flatMap((messages) => messages ?? [])
                          : [entry.error]
                        ).map((message) => (
                          <li key={message}>{message}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
                {entry?.status === "conflict" && (
                  <tr>
                    <td colSpan={7} className="px-2 pb-2">
                      <ConflictNotice
                        title={`Nhiệm vụ số ${row.number} vừa được người khác thay đổi.`}
                        mine={describe(values)}
                        theirs={entry.conflict ? describe(entry.conflict) : "(nhiệm vụ đã bị xóa)"}
                        onKeepMine={() => keepMine(row)}
                        onTakeTheirs={() => takeTheirs(row)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
