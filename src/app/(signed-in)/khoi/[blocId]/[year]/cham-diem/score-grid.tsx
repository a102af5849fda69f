"use client";

import { useEffect, useRef, useState } from "react";
import Link from "@/components/app-link";
import { formatPoints } from "@/domain/format";
import { stageSum } from "@/domain/score-entry/stage-sum";
import type {
  GridEvidence,
  GridLeaf,
  GridRow,
  ScoreGrid as Grid,
} from "@/server/queries/scoring/score-grid-types";
import { CellPanel } from "./cell-panel";
import { focusCell, gridKeyDown } from "./grid-keys";
import { GridHead } from "./grid-head";
import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";
import { ErrorMessage } from "@/components/forms/error-message";
import { GridProblems, listCellProblems, type CellProblem } from "./grid-problems";
import { ScoreCellInput } from "./score-cell-input";
import { SHEET_STATUS_LABEL } from "@/domain/vocabulary";
import { useCompactGrid } from "./use-compact-grid";
import { cellKey, type LocalCell } from "./local-cells";
import { checkDraft, useScoreCells } from "./use-score-cells";

type Focus = { unitId: string; leafId: string };

/** Where a cell of these units links to object to its figure (the cross-check and final grids). */
type ObjectionLinks = { href: string; unitIds: string[] };

/** The units × criteria grid of one stage; each typed cell saves on its own. */
export function ScoreGrid({ grid, objections }: { grid: Grid; objections?: ObjectionLinks }) {
  const {
    cells,
    patch,
    edit,
    baseOf,
    storedPoints,
    save,
    cancelTyping,
    acceptTheirs,
    standingOf,
    sessionEnded,
  } = useScoreCells(grid);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [compact, setCompact] = useCompactGrid();
  const tableRef = useRef<HTMLTableElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [reveal, setReveal] = useState(0);
  const leaves = grid.groups.flatMap((group) => group.leaves);
  const size = { rows: grid.rows.length, cols: leaves.length };
  const focusedRow = grid.rows.find((row) => row.unitId === focus?.unitId);
  const focusedLeaf = leaves.find((leaf) => leaf.id === focus?.leafId);
  const problems = listCellProblems(grid.rows, leaves, cells);
  const objectionHref = (row: { unitId: string }, leaf: { id: string; kind: string }) =>
    objections?.unitIds.includes(row.unitId) && leaf.kind !== "TASK_DERIVED"
      ? `${objections.href}?don-vi=${row.unitId}&tieu-chi=${leaf.id}&diem=${grid.stage === "FINAL" ? "cuoi" : "cheo"}`
      : null;
  // Below 2xl the panel sits under the grid: bring it into view when asked for a conflict.
  useEffect(() => {
    if (reveal > 0) panelRef.current?.scrollIntoView({ block: "nearest" });
  }, [reveal]);
  const showProblem = (problem: CellProblem) => {
    setFocus({ unitId: problem.row.unitId, leafId: problem.leaf.id });
    setReveal((count) => count + 1);
  };

  const cellFor = (row: GridRow, leaf: GridLeaf, r: number, c: number) => {
    if (!leaf.typed)
      return (
        <span title="Tính tự động từ kết quả thực hiện nhiệm vụ">
          {formatPoints(row.computed[leaf.id] ?? 0)}
        </span>
      );
    const base = baseOf(row.unitId, leaf.id);
    const objection = objectionHref(row, leaf);
    if (!row.canEdit && objection)
      return (
        <Link
          href={objection}
          aria-label={`${row.name}, tiêu chí ${leaf.code}: ${base.points === null ? "chưa có điểm" : formatPoints(base.points)} – khiếu nại điểm này`}
          title="Khiếu nại điểm này"
          className="text-brand-800 underline decoration-dotted underline-offset-4"
        >
          {base.points === null ? "—" : formatPoints(base.points)}
        </Link>
      );
    if (!row.canEdit)
      return base.points === null ? (
        <span className="text-stone-400">—</span>
      ) : (
        <span>{formatPoints(base.points)}</span>
      );
    const key = cellKey(row.unitId, leaf.id);
    const target = { unitId: row.unitId, leaf };
    return (
      <ScoreCellInput
        label={`${row.name}, tiêu chí ${leaf.code}`}
        row={r}
        col={c}
        base={base}
        local={cells[key]}
        {...(row.fallback[leaf.id] !== undefined && { fallback: formatPoints(row.fallback[leaf.id]!) })}
        onChange={(text) =>
          edit(row.unitId, leaf.id, {
            draft: text,
            status: cells[key]?.status === "conflict" ? "conflict" : "idle",
          })
        }
        onFocus={() => setFocus({ unitId: row.unitId, leafId: leaf.id })}
        onBlur={() => {
          const local = cells[key];
          if (local?.draft === undefined || local.status === "conflict") return;
          // Refused for an ended session, it would be refused again: leaving the cell keeps the
          // message and its sign-in link in place (a retry hid them under the pointer a moment).
          if (local.error === SESSION_EXPIRED) return;
          void save(target);
        }}
        onKeyDown={(event) =>
          gridKeyDown(event, {
            move: (rows, cols) => focusCell(tableRef.current, { row: r, col: c }, { rows, cols }, size),
            save: () => void save(target),
            refuse: () => {
              const draft = cells[key]?.draft;
              const checked = draft === undefined ? null : checkDraft(draft, leaf.limit);
              if (checked === null || checked.ok) return false;
              patch(key, { status: "error", error: checked.error });
              return true;
            },
            cancel: () => cancelTyping(key),
          })
        }
      />
    );
  };

  return (
    <div className="grid gap-4 2xl:grid-cols-[1fr_20rem]">
      <div className="min-w-0">
        <p className="no-print mb-2 flex justify-end">
          <button
            type="button"
            aria-pressed={compact}
            onClick={() => setCompact(!compact)}
            className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-700 hover:border-brand-600 aria-pressed:border-brand-700 aria-pressed:bg-brand-100 aria-pressed:text-brand-800"
          >
            {compact && <span aria-hidden="true">✓ </span>}
            Hiển thị thu gọn
          </button>
        </p>
        {sessionEnded && (
          <p
            role="alert"
            className="no-print mb-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
          >
            Bảng điểm không còn cập nhật theo người khác. <ErrorMessage message={SESSION_EXPIRED} />
          </p>
        )}
        <GridProblems problems={problems} onShow={showProblem} />
        {/* Scrolls inside itself, so the criteria header and the unit column stay in view. */}
        <div
          data-density={compact ? "compact" : "comfortable"}
          className="group/grid max-h-[calc(100dvh-8rem)] overflow-auto rounded-lg border border-stone-200 bg-white print:max-h-none print:overflow-visible"
        >
          <table
            ref={tableRef}
            className="min-w-full border-collapse text-sm group-data-[density=compact]/grid:text-xs"
          >
            <GridHead groups={grid.groups} showSheetStatus={grid.stage === "SELF"} />
            <tbody>
              {grid.rows.map((row, r) => (
                <tr key={row.unitId} data-row={r} className="border-t border-stone-100">
                  <th
                    scope="row"
                    className="sticky left-0 z-10 min-w-32 max-w-56 sm:min-w-40 bg-white px-3 py-1.5 text-left font-medium group-data-[density=compact]/grid:py-0.5"
                  >
                    {row.name}
                  </th>
                  {leaves.map((leaf, c) => (
                    <td
                      key={leaf.id}
                      className={`px-1 py-1 text-right tabular-nums group-data-[density=compact]/grid:py-0.5 ${leaf.typed ? "" : "bg-stone-50 text-stone-600"}`}
                    >
                      {cellFor(row, leaf, r, c)}
                    </td>
                  ))}
                  <td className="px-2 text-right tabular-nums">
                    {formatPoints(stageSum(leaves, (id) => row.computed[id] ?? storedPoints(row.unitId, id)))}
                  </td>
                  <td className="px-2 text-right font-semibold tabular-nums">
                    {standingOf(row).total === null ? "—" : formatPoints(standingOf(row).total ?? 0)}
                  </td>
                  <td className="px-2 text-center">{standingOf(row).rank ?? "—"}</td>
                  {grid.stage === "SELF" && (
                    <td className="px-2 whitespace-nowrap">
                      {row.sheet ? SHEET_STATUS_LABEL[row.sheet.status] : "Chưa nhập"}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div ref={panelRef} className="min-w-0">
        {focusedRow && focusedLeaf ? (
          <CellPanel
            key={`${focusedRow.unitId}:${focusedLeaf.id}`}
            unitName={focusedRow.name}
            leaf={focusedLeaf}
            base={baseOf(focusedRow.unitId, focusedLeaf.id)}
            local={cells[cellKey(focusedRow.unitId, focusedLeaf.id)]}
            evidence={evidenceOf(
              focusedRow,
              focusedLeaf.id,
              cells[cellKey(focusedRow.unitId, focusedLeaf.id)],
            )}
            editable={focusedRow.canEdit}
            onChange={(change) => edit(focusedRow.unitId, focusedLeaf.id, change)}
            onSave={() => void save({ unitId: focusedRow.unitId, leaf: focusedLeaf })}
            onKeepMine={() =>
              void save(
                { unitId: focusedRow.unitId, leaf: focusedLeaf },
                { version: cells[cellKey(focusedRow.unitId, focusedLeaf.id)]?.conflict?.version ?? 0 },
              )
            }
            onTakeTheirs={() => acceptTheirs({ unitId: focusedRow.unitId, leaf: focusedLeaf })}
          />
        ) : (
          <p className="no-print text-sm text-stone-500">
            Chọn một ô điểm để xem tiêu chí, nhập giải trình và minh chứng.
          </p>
        )}
      </div>
    </div>
  );
}

/** A cell's evidence files: the loaded ones, or none yet for a line this page has just created. */
function evidenceOf(row: GridRow, leafId: string, local: LocalCell | undefined): GridEvidence | undefined {
  const loaded = row.evidence[leafId];
  const lineId = local?.saved?.lineId;
  if (lineId === undefined) return loaded;
  if (lineId === null) return undefined;
  return loaded?.lineId === lineId ? loaded : { lineId, files: [] };
}
