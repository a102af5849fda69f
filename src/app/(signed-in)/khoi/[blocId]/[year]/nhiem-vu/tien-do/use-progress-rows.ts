"use client";

import { useCallback, useState } from "react";
import type { ProgressRow, ProgressValues } from "@/server/queries/tasks/progress-rows";
import { saveProgressRowAction } from "../actions";

export type EditableField = "status" | "completedOn" | "completionPercent" | "evidenceNote";
export type RowStatus = "idle" | "saving" | "saved" | "error" | "conflict";
export type LocalRow = {
  draft: Partial<Pick<ProgressValues, EditableField>>;
  /** The row as this user last saved it, until the server's fresh rows arrive. */
  saved?: ProgressValues;
  status: RowStatus;
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  conflict?: ProgressValues | null;
};

const NETWORK_ERROR = "Không lưu được: mất kết nối hoặc máy chủ bận. Giá trị của bạn vẫn còn, hãy thử lại.";
const IDLE: LocalRow = { draft: {}, status: "idle" };

/**
 * Each row's draft and save state, as the score grid keeps its cells: a row saves on its own
 * with the version it was loaded at; a conflict keeps the typed values beside the saved ones.
 */
export function useProgressRows(rows: ProgressRow[]) {
  const [local, setLocal] = useState<Record<string, LocalRow>>({});
  // Fresh rows from the server carry every saved value: drop the copies kept meanwhile.
  const [seenRows, setSeenRows] = useState(rows);
  if (seenRows !== rows) {
    setSeenRows(rows);
    setLocal((current) => dropSavedCopies(current));
  }
  const patch = useCallback(
    (id: string, change: Partial<LocalRow>) =>
      setLocal((current) => ({ ...current, [id]: { ...IDLE, ...current[id], ...change } })),
    [],
  );
  const baseOf = useCallback((row: ProgressRow): ProgressValues => local[row.id]?.saved ?? row, [local]);
  const valuesOf = useCallback(
    (row: ProgressRow): ProgressValues => ({ ...baseOf(row), ...local[row.id]?.draft }),
    [baseOf, local],
  );
  const edit = useCallback(
    (row: ProgressRow, field: EditableField, value: string) =>
      setLocal((current) => {
        const entry = current[row.id] ?? IDLE;
        const status = entry.status === "conflict" || entry.status === "saving" ? entry.status : "idle";
        return { ...current, [row.id]: { ...entry, status, draft: { ...entry.draft, [field]: value } } };
      }),
    [],
  );

  const save = useCallback(
    async (row: ProgressRow, options: { over?: ProgressValues } = {}) => {
      const entry = local[row.id] ?? IDLE;
      if (entry.status === "saving" || (entry.status === "conflict" && !options.over)) return;
      const base = options.over ?? baseOf(row);
      const values = { ...base, ...entry.draft };
      const changed = (Object.keys(entry.draft) as EditableField[]).some(
        (field) => values[field] !== base[field],
      );
      if (!changed && !options.over) return patch(row.id, { draft: {} });
      patch(row.id, { status: "saving", error: undefined, fieldErrors: undefined });
      try {
        const result = await saveProgressRowAction({
          taskId: row.id,
          version: String(base.version),
          status: values.status,
          completedOn: values.completedOn,
          completionPercent: values.completionPercent,
          evidenceNote: values.evidenceNote,
          evidenceUrl: values.evidenceUrl,
        });
        if (result.ok)
          return patch(row.id, {
            status: "saved",
            saved: { ...values, version: result.data.version },
            draft: {},
            conflict: undefined,
          });
        if ("conflict" in result)
          return patch(row.id, { status: "conflict", conflict: result.conflict, error: result.formError });
        patch(row.id, { status: "error", error: result.formError, fieldErrors: result.fieldErrors });
      } catch {
        patch(row.id, { status: "error", error: NETWORK_ERROR });
      }
    },
    [local, baseOf, patch],
  );

  /** "Giữ giá trị của tôi": my edits over the row as saved now, at its new version. */
  const keepMine = useCallback(
    (row: ProgressRow) => {
      const theirs = local[row.id]?.conflict;
      if (!theirs) return patch(row.id, { status: "idle", conflict: undefined });
      void save(row, { over: theirs });
    },
    [local, patch, save],
  );

  /** "Dùng giá trị mới": take the other person's row and drop mine. */
  const takeTheirs = useCallback(
    (row: ProgressRow) => {
      const theirs = local[row.id]?.conflict;
      patch(row.id, {
        status: "idle",
        draft: {},
        conflict: undefined,
        error: undefined,
        saved: theirs ?? undefined,
      });
    },
    [local, patch],
  );

  const revert = useCallback(
    (row: ProgressRow) =>
      patch(row.id, { draft: {}, status: "idle", error: undefined, fieldErrors: undefined }),
    [patch],
  );

  return { local, valuesOf, edit, save, keepMine, takeTheirs, revert };
}

function dropSavedCopies(rows: Record<string, LocalRow>): Record<string, LocalRow> {
  return Object.fromEntries(
    Object.entries(rows).map(([id, row]) => [
      id,
      row.status === "saving" || row.status === "conflict" ? row : { ...row, saved: undefined },
    ]),
  );
}
