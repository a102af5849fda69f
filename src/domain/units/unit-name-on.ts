export type DatedName = { name: string; shortName: string; validFrom: string };

/**
 * The name a unit bore on a date (ISO yyyy-mm-dd): the latest name that had started by then.
 * A unit merged away keeps its last name for every later date, so past years stay readable;
 * before its first recorded name, the earliest one is used.
 */
export function unitNameOn<T extends DatedName>(names: readonly T[], date: string): T | undefined {
  const sorted = [...names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.filter((entry) => entry.validFrom <= date).at(-1) ?? sorted[0];
}

/** Year-end is the reference date of a bloc-year: its documents carry the names of that day. */
export const yearEnd = (year: number) => `${year}-12-31`;
