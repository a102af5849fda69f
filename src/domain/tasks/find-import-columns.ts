import { OPTIONAL_IMPORT_COLUMNS, TASK_IMPORT_COLUMNS, type ImportedColumn } from "./import-columns";
import { headerKey } from "./match-text";

/** Where each column is; an optional column the sheet leaves out has none. */
export type ColumnPositions = Record<Exclude<ImportedColumn, "key">, number> & { key?: number };

/**
 * Where each column sits, found by its header (so a reordered sheet still reads), or the headers
 * that are missing. `headers` are the header row's texts by column number.
 */
export function findImportColumns(
  headers: ReadonlyMap<number, string>,
): { positions: ColumnPositions } | { missing: string[] } {
  const byKey = new Map([...headers].map(([position, text]) => [headerKey(text), position]));
  const positions: Partial<ColumnPositions> = {};
  const missing: string[] = [];
  for (const column of TASK_IMPORT_COLUMNS) {
    if (column.key === "sequence") continue;
    const position = byKey.get(headerKey(column.header));
    if (position === undefined) {
      if (!OPTIONAL_IMPORT_COLUMNS.has(column.key)) missing.push(column.header);
    } else positions[column.key] = position;
  }
  return missing.length > 0 ? { missing } : { positions: positions as ColumnPositions };
}
