import type { ArchiveColumn } from "./archive-format";
import { quoteIdentifier } from "./catalog";

/**
 * What the backup selects for a column: always text (or NULL), so no driver ever turns a value into
 * a JS number or Date and loses digits or a time zone on the way.
 */
export function selectExpression(column: ArchiveColumn, alias: string): string {
  const value = `${alias}.${quoteIdentifier(column.name)}`;
  switch (column.encoding) {
    // PostgreSQL wraps base64 every 76 characters; the line format has no room for newlines.
    case "base64":
      return `translate(encode(${value}, 'base64'), E'\\n', '')`;
    // to_json writes dates and timestamps in ISO 8601 whatever the session's DateStyle.
    case "iso":
      return `to_json(${value}) #>> '{}'`;
    default:
      return `${value}::text`;
  }
}

/** One row line from the selected texts (in column order); SQL NULLs leave their key out. */
export function rowLine(columns: readonly ArchiveColumn[], texts: readonly unknown[]): string {
  const fields: string[] = [];
  columns.forEach((column, index) => {
    const text = texts[index];
    if (text === null || text === undefined) return;
    // jsonb's and the native types' text forms are already JSON (true, 42, {"a": 1}).
    const json =
      column.encoding === "json" || column.encoding === "native" ? String(text) : JSON.stringify(text);
    fields.push(`${JSON.stringify(column.name)}:${json}`);
  });
  return `{${fields.join(",")}}`;
}

/** The restore's expression for a column from a row object `record` (jsonb): the backup reversed. */
export function insertExpression(column: ArchiveColumn, record: string): string {
  const key = `'${column.name.replaceAll("'", "''")}'`;
  switch (column.encoding) {
    case "base64":
      return `decode(${record} ->> ${key}, 'base64')`;
    case "json":
      return `(${record} -> ${key})`;
    default:
      return `(${record} ->> ${key})::${column.type}`;
  }
}
