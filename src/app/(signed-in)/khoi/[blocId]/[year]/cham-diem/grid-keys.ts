import type { KeyboardEvent } from "react";

/** Moves focus to the nearest editable cell in a direction, skipping read-only ones. */
export function focusCell(
  table: HTMLElement | null,
  from: { row: number; col: number },
  step: { rows: number; cols: number },
  size: { rows: number; cols: number },
): boolean {
  if (!table) return false;
  let { row, col } = from;
  for (;;) {
    row += step.rows;
    col += step.cols;
    if (row < 0 || col < 0 || row >= size.rows || col >= size.cols) return false;
    const input = table.querySelector<HTMLInputElement>(`input[data-cell="${row}-${col}"]`);
    if (input) {
      input.focus();
      return true;
    }
  }
}

/**
 * Spreadsheet keys: arrows move (left/right only from the edge of the text, so the caret still
 * works), Enter moves down (the blur saves), Escape gives the cell back its saved value. A value
 * that cannot be saved (not a number, over the maximum) keeps the cell — its reason shown by
 * `refuse` — rather than being left behind on the way to the next: Escape still leaves it.
 */
export function gridKeyDown(
  event: KeyboardEvent<HTMLInputElement>,
  handlers: {
    move: (rows: number, cols: number) => boolean;
    save: () => void;
    cancel: () => void;
    /** Whether the typed value must be put right before leaving (then says why). */
    refuse: () => boolean;
  },
) {
  const input = event.currentTarget;
  const atStart = input.selectionStart === 0;
  const atEnd = input.selectionEnd === input.value.length;
  const moves: Record<string, [number, number] | undefined> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: atStart ? [0, -1] : undefined,
    ArrowRight: atEnd ? [0, 1] : undefined,
  };
  const move = moves[event.key];
  const leaving = move !== undefined || event.key === "Enter" || event.key === "Tab";
  if (leaving && handlers.refuse()) {
    event.preventDefault();
    return;
  }
  if (move) {
    event.preventDefault();
    handlers.move(move[0], move[1]);
  } else if (event.key === "Enter") {
    event.preventDefault();
    if (!handlers.move(1, 0)) handlers.save();
  } else if (event.key === "Escape") {
    event.preventDefault();
    handlers.cancel();
    // The saved value comes back selected, as on entering the cell: typing replaces it.
    requestAnimationFrame(() => input.select());
  }
}
