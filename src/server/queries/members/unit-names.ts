import "server-only";
import { unitNameOn } from "@/domain/units/unit-name-on";

export type NameRow = { id: string; name: string; shortName: string; validFrom: Date; validTo: Date | null };

/** The name a unit bore on `date` (yyyy-mm-dd), and its latest recorded name (what a rename replaces). */
export function namesOf(names: readonly NameRow[], date: string) {
  const dated = names.map((row) => ({
    ...row,
    validFrom: row.validFrom.toISOString().slice(0, 10),
    validFromDate: row.validFrom,
  }));
  const onDate = unitNameOn(dated, date);
  const latest = unitNameOn(dated, "9999-12-31");
  return {
    name: onDate?.name ?? "",
    shortName: onDate?.shortName ?? "",
    latestNameId: latest?.id ?? "",
    latestName: latest?.name ?? "",
    latestValidFrom: latest?.validFromDate ?? null,
  };
}

export const NAME_SELECT = {
  select: { id: true, name: true, shortName: true, validFrom: true, validTo: true },
} as const;
