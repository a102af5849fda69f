"use client";

import type { GridLeaf, GridRow } from "@/server/queries/scoring/score-grid-types";
import { cellKey, type LocalCell } from "./local-cells";
import { ErrorMessage } from "@/components/forms/error-message";

export type CellProblem = { row: GridRow; leaf: GridLeaf; status: "error" | "conflict"; text: string };

/** The cells whose save was refused or collided, in grid order, each with its reason. */
export function listCellProblems(
  rows: GridRow[],
  leaves: GridLeaf[],
  cells: Record<string, LocalCell>,
): CellProblem[] {
  return rows.flatMap((row) =>
    leaves.flatMap((leaf) => {
      const local = cells[cellKey(row.unitId, leaf.id)];
      if (local?.status !== "error" && local?.status !== "conflict") return [];
      const text =
        local.error ?? (local.status === "conflict" ? "Ô điểm vừa được người khác thay đổi." : "Lỗi.");
      return [{ row, leaf, status: local.status, text }];
    }),
  );
}

type Props = { problems: CellProblem[]; onShow: (problem: CellProblem) => void };

/**
 * The refusals next to the grid itself: the cell panel may sit below the grid on a laptop
 * screen, so the reason ("II.1 · Sở X: Tối đa 8,00 điểm.") is read here, where the user types.
 */
export function GridProblems({ problems, onShow }: Props) {
  return (
    <div aria-live="polite" className="no-print mb-2">
      {problems.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {/* Said first, so a bare "Tối đa 8,00 điểm." is not read as a note on a value kept. */}
          <p id="grid-problems-heading" className="font-semibold">
            {problems.length === 1 ? "Ô chưa lưu được:" : `${problems.length} ô chưa lưu được:`}
          </p>
          <ul aria-labelledby="grid-problems-heading" className="mt-1 space-y-1">
            {problems.map((problem) => (
              <li key={`${problem.row.unitId}:${problem.leaf.id}`}>
                <span className="font-medium">
                  {problem.leaf.code} · {problem.row.name}:
                </span>{" "}
                <ErrorMessage message={problem.text} />
                {problem.status === "conflict" && (
                  <button
                    type="button"
                    onClick={() => onShow(problem)}
                    className="ml-2 underline hover:no-underline"
                  >
                    Xem và chọn giá trị
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
