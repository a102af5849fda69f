import "server-only";
import { type IsoDay, toIsoDay, unitNameOn } from "@/domain/calendar";

/** A unit's dated names, as every read that names a unit on a day selects them. */
export const UNIT_NAMES = { names: { select: { name: true, shortName: true, validFrom: true } } } as const;

/** `unit: NAMED_UNIT` in a Prisma select. */
export const NAMED_UNIT = { select: UNIT_NAMES } as const;

/**
 * The stored name row a unit bore on a day (domain rule: unitNameOn), read from rows whose
 * `validFrom` is the @db.Date the database returns.
 */
export function storedNameOn<T extends { name: string; shortName: string; validFrom: Date }>(
  names: readonly T[],
  day: IsoDay,
): T | undefined {
  const dated = names.map((row) => ({
    name: row.name,
    shortName: row.shortName,
    validFrom: toIsoDay(row.validFrom),
    row,
  }));
  return unitNameOn(dated, day)?.row;
}
