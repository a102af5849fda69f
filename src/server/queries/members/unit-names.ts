import "server-only";
import { storedNameOn } from "@/server/queries/unit-names-select";

export type NameRow = { id: string; name: string; shortName: string; validFrom: Date; validTo: Date | null };

/** The name a unit bore on `date` (yyyy-mm-dd), and its latest recorded name (what a rename replaces). */
export function namesOf(names: readonly NameRow[], date: string) {
  const onDate = storedNameOn(names, date);
  const latest = storedNameOn(names, "9999-12-31");
  return {
    name: onDate?.name ?? "",
    shortName: onDate?.shortName ?? "",
    latestNameId: latest?.id ?? "",
    latestName: latest?.name ?? "",
    latestValidFrom: latest?.validFrom ?? null,
  };
}

export const NAME_SELECT = {
  select: { id: true, name: true, shortName: true, validFrom: true, validTo: true },
} as const;
