/** Splits a long table into pages that fit the screen; an empty table is one empty page. */
export function pageRows<T>(rows: readonly T[], perPage: number): T[][] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError("perPage must be a positive integer");
  if (rows.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < rows.length; start += perPage) pages.push(rows.slice(start, start + perPage));
  return pages;
}

/** The page that shows row `index` (0-based). */
export function pageOf(index: number, perPage: number): number {
  return Math.max(0, Math.floor(index / perPage));
}

// Browsers round boxes to fractions of a pixel: half a pixel keeps the last row from sticking out.
const ROUNDING_PX = 0.5;

/**
 * How many rows of `rowHeight` px fit in `availableHeight` px (both measured on screen); at least
 * one, so a tiny window still pages through every row.
 */
export function rowsThatFit(availableHeight: number, rowHeight: number): number {
  if (!(rowHeight > 0)) return 1;
  return Math.max(1, Math.floor((availableHeight - ROUNDING_PX) / rowHeight));
}
