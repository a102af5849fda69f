import { headerKey } from "../tasks/match-text";
import { AGENCY_IMPORT_COLUMNS, type AgencyImportColumn } from "./import-columns";

/** Column number by column key; `code` may be absent (it is optional). */
export type AgencyColumnPositions = Record<Exclude<AgencyImportColumn, "code">, number> & { code?: number };

/**
 * Where each column sits, found by its header (the hint in brackets does not matter, so a
 * reordered sheet still reads), or the required headers that are missing.
 */
export function findAgencyColumns(
  headers: ReadonlyMap<number, string>,
): { positions: AgencyColumnPositions } | { missing: string[] } {
  const byKey = new Map([...headers].map(([position, text]) => [headerKey(text), position]));
  const positions: Partial<Record<AgencyImportColumn, number>> = {};
  const missing: string[] = [];
  for (const column of AGENCY_IMPORT_COLUMNS) {
    if (column.key === "sequence") continue;
    const position = byKey.get(headerKey(column.header));
    if (position !== undefined) positions[column.key] = position;
    else if (column.required) missing.push(column.header);
  }
  return missing.length > 0 ? { missing } : { positions: positions as AgencyColumnPositions };
}
