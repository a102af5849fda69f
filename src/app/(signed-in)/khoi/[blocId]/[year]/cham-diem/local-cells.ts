import type { CurrentScoreCell } from "@/server/mutations/scoring/score-cell-conflict";
import type { ChangedCell, GridCell } from "@/server/queries/scoring/score-grid-types";

/** A score cell as this grid holds it between reads of the grid: pure, for the hook and its tests. */
export type CellStatus = "idle" | "saving" | "saved" | "error" | "conflict";
export type LocalCell = {
  draft?: string;
  explanation?: string | null;
  evidenceUrl?: string | null;
  status: CellStatus;
  error?: string;
  conflict?: CurrentScoreCell;
  /**
   * The cell as the last save left it, with the line it now has (null: blank, no line; absent:
   * not known here), and when the server knew it so (ISO).
   */
  saved?: GridCell & { lineId?: string | null; knownAt: string };
  /**
   * Another person's save of the cell heard while it was being typed or saved here: what the
   * server holds (the row's sums count it, as its total does) without becoming the base a save
   * builds on, so that save still meets it as a conflict. It becomes the cell's value if the
   * typing is dropped.
   */
  heard?: GridCell & { lineId?: string | null; knownAt: string };
  /**
   * The line's version when typing began: the save is checked against it, even if the grid was
   * read again meanwhile (with someone else's value under what is being typed).
   */
  typedOver?: number;
};
export type CellKey = string;
export const cellKey = (unitId: string, criterionId: string): CellKey => `${unitId}:${criterionId}`;

/** Saved copies a grid read at `loadedAt` holds already (in flight and conflicts stay as they are). */
export function dropSavedCopies(
  cells: Record<CellKey, LocalCell>,
  loadedAt: string,
): Record<CellKey, LocalCell> {
  return Object.fromEntries(
    Object.entries(cells).map(([key, cell]) => [
      key,
      cell.status === "saving" || cell.status === "conflict" || (cell.saved?.knownAt ?? "") > loadedAt
        ? cell
        : { ...cell, saved: undefined },
    ]),
  );
}

/**
 * Other people's saves merged into the cells, except in the one just saved (its own answer sets
 * it), in cells settling a conflict, and over a value saved here later (answers to a save and to
 * an ask for changes may cross on the way). A cell being typed or saved only hears of it.
 */
export function withOthersChanges(
  cells: Record<CellKey, LocalCell>,
  changed: readonly ChangedCell[],
  savedKey: CellKey,
  knownAt: string,
): Record<CellKey, LocalCell> {
  const next = { ...cells };
  for (const change of changed) {
    const key = cellKey(change.unitId, change.criterionId);
    const local = next[key];
    if (key === savedKey || local?.status === "conflict") continue;
    if ((local?.saved?.updatedAt ?? "") > (change.cell.updatedAt ?? "")) continue;
    const cell = { ...change.cell, knownAt };
    if (local?.draft !== undefined || local?.status === "saving") next[key] = { ...local, heard: cell };
    else next[key] = { ...local, status: local?.status ?? "idle", saved: cell, heard: undefined };
  }
  return next;
}

/** A cell without a line. */
export const BLANK_CELL: GridCell = {
  points: null,
  explanation: null,
  evidenceUrl: null,
  version: 0,
  enteredByName: null,
  updatedAt: null,
};

/**
 * Lines others removed (cells saved blank) cleared from the cells that show them: found by line
 * id among the grid's own lines (`shownLines`) and those saved here since; not in cells settling
 * a conflict or holding another line by now, and a cell being typed or saved only hears of it.
 */
export function withoutRemovedLines(
  cells: Record<CellKey, LocalCell>,
  removed: readonly string[],
  shownLines: ReadonlyMap<string, CellKey>,
  knownAt: string,
): Record<CellKey, LocalCell> {
  if (removed.length === 0) return cells;
  const keyOfLine = new Map(shownLines);
  for (const [key, cell] of Object.entries(cells))
    if (cell.saved?.lineId) keyOfLine.set(cell.saved.lineId, key);
  const next = { ...cells };
  for (const lineId of removed) {
    const key = keyOfLine.get(lineId);
    const local = key === undefined ? undefined : next[key];
    if (key === undefined || local?.status === "conflict") continue;
    if (local?.saved && local.saved.lineId !== lineId) continue;
    const blank = { ...BLANK_CELL, lineId: null, knownAt };
    if (local?.draft !== undefined || local?.status === "saving") next[key] = { ...local, heard: blank };
    else next[key] = { ...local, status: local?.status ?? "idle", saved: blank, heard: undefined };
  }
  return next;
}

/** The cell holds these values already (points, explanation, evidence). */
export function sameValues(
  cell: Pick<GridCell, "points" | "explanation" | "evidenceUrl"> | null,
  values: Pick<GridCell, "points" | "explanation" | "evidenceUrl">,
): boolean {
  return (
    (cell?.points ?? null) === values.points &&
    (cell?.explanation ?? null) === values.explanation &&
    (cell?.evidenceUrl ?? null) === values.evidenceUrl
  );
}

export function latest(times: readonly (string | null)[]): string {
  return times.reduce<string>((max, time) => (time !== null && time > max ? time : max), "");
}
