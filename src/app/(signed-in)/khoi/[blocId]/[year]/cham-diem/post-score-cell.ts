import type { SaveScoreCellResult } from "@/server/queries/scoring/score-grid-types";

/** Where the grid saves a cell (src/app/api/cham-diem/o-diem). */
export const SAVE_SCORE_CELL_URL = "/api/cham-diem/o-diem";

/**
 * Saves one cell; `since` (ISO) is when the grid on screen last heard of changes. Throws when no
 * answer of ours arrives (no connection, a proxy's error page): the caller keeps the value.
 */
export async function postScoreCell(cell: unknown, since: string | undefined): Promise<SaveScoreCellResult> {
  const response = await fetch(SAVE_SCORE_CELL_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ cell, since }),
  });
  if (!response.headers.get("content-type")?.includes("application/json"))
    throw new Error(`Máy chủ trả lời ${response.status}`);
  return (await response.json()) as SaveScoreCellResult;
}
