import type { KeyboardEvent } from "react";

/**
 * Where an arrow key moves in the progress table, as in the score grid: ← and → go to the cell
 * beside once the caret is at the edge of the text (a status list has no caret); ↑ and ↓ go up
 * and down a row, except in a cell whose value they step (the status list, a date's day).
 * Alt+↓ is left to open the status list.
 */
export function arrowMove(
  event: KeyboardEvent<HTMLElement>,
  options: { arrowsStepValue: boolean },
): { rows: number; cols: number } | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const cell = event.currentTarget;
  const caret =
    cell instanceof HTMLInputElement
      ? { atStart: cell.selectionStart === 0, atEnd: cell.selectionEnd === cell.value.length }
      : { atStart: true, atEnd: true };
  switch (event.key) {
    case "ArrowLeft":
      return caret.atStart ? { rows: 0, cols: -1 } : null;
    case "ArrowRight":
      return caret.atEnd ? { rows: 0, cols: 1 } : null;
    case "ArrowUp":
      return options.arrowsStepValue ? null : { rows: -1, cols: 0 };
    case "ArrowDown":
      return options.arrowsStepValue ? null : { rows: 1, cols: 0 };
    default:
      return null;
  }
}

/**
 * Whether a row's cells may be sent: a date field holding no day (31/02/2025, 12/1) refuses,
 * and checking it makes the field show why, as a form's submit would.
 */
export function rowCellsValid(row: Element | null): boolean {
  if (!row) return true;
  return [...row.querySelectorAll("input")].every((input) => input.checkValidity());
}
