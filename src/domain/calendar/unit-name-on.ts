import type { IsoDay } from "./iso-day";

export type DatedName = { name: string; shortName: string; validFrom: IsoDay };

/**
 * The name a unit bore on a day: the latest name that had started by then. A unit merged away
 * keeps its last name for every later date, so past years stay readable; before its first
 * recorded name, the earliest one is used.
 */
export function unitNameOn<T extends DatedName>(names: readonly T[], date: IsoDay): T | undefined {
  const sorted = [...names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.filter((entry) => entry.validFrom <= date).at(-1) ?? sorted[0];
}
