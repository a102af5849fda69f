/** How many names an item spells out before summing up the rest. */
export const NAMES_SHOWN = 3;

/** "A, B, C và 4 mục khác": enough to find the problem, short enough for one line. */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  const rest = names.length - NAMES_SHOWN;
  return rest > 0 ? `${shown} và ${rest} mục khác` : shown;
}
