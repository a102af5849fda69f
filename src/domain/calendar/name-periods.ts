import { addDays, type IsoDay } from "./iso-day";
import type { DatedName } from "./unit-name-on";

/** A name and the days it was borne, both ends included; `until` is null while it is current. */
export type NamePeriod = { name: string; shortName: string; from: IsoDay; until: IsoDay | null };

/**
 * A unit's names over time, oldest first, for people to read: a stored end is exclusive (the day
 * the next name or the successor takes over), so the last day shown is the day before it. A
 * name without a stored end stops where the next one starts.
 */
export function namePeriods(names: readonly (DatedName & { validTo: IsoDay | null })[]): NamePeriod[] {
  const sorted = [...names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.map((entry, index) => {
    const end = entry.validTo ?? sorted[index + 1]?.validFrom ?? null;
    return {
      name: entry.name,
      shortName: entry.shortName,
      from: entry.validFrom,
      until: end === null ? null : addDays(end, -1),
    };
  });
}
