import type { SqlTarget } from "@/server/database/sql-target";
import type { ArchiveColumn, ColumnEncoding } from "./archive-format";

/** The migration runner's own table: a backup records its list, a restore rebuilds it by migrating. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export type CatalogTable = { name: string; columns: ArchiveColumn[] };

/** `"name"`, quoted for SQL whatever it contains. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

// By regtype (no typmod): everything not listed is carried as PostgreSQL's text form.
const ENCODING_BY_TYPE: Record<string, ColumnEncoding> = {
  bytea: "base64",
  jsonb: "json",
  boolean: "native",
  smallint: "native",
  integer: "native",
  date: "iso",
  "timestamp without time zone": "iso",
  "timestamp with time zone": "iso",
};

/**
 * Every table the app owns (the current schema's tables but the migrations table), with their
 * stored columns in column order; generated columns are left out, the restore recomputes them.
 */
export async function listAppTables(db: SqlTarget): Promise<CatalogTable[]> {
  const rows = (await db.query(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.atttypid::regtype::text AS base
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> $1 AND a.attgenerated = ''
      ORDER BY c.relname COLLATE "C", a.attnum`,
    [MIGRATIONS_TABLE],
  )) as { table: string; name: string; type: string; base: string }[];
  const tables = new Map<string, CatalogTable>();
  for (const row of rows) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [] };
    table.columns.push({ name: row.name, type: row.type, encoding: ENCODING_BY_TYPE[row.base] ?? "text" });
    tables.set(row.table, table);
  }
  return [...tables.values()];
}

/** The current schema's sequences (none today: ids are cuids), for setting after a load. */
export async function listSequences(db: SqlTarget): Promise<string[]> {
  const rows = await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((row) => row.name as string);
}

export async function migrationsTableExists(db: SqlTarget): Promise<boolean> {
  const [row] = await db.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    quoteIdentifier(MIGRATIONS_TABLE),
  ]);
  return row?.present === true;
}

/** The migrations applied and not rolled back, in name (= time) order. */
export async function listAppliedMigrations(db: SqlTarget): Promise<{ name: string; checksum: string }[]> {
  if (!(await migrationsTableExists(db))) return [];
  const rows = await db.query(
    `SELECT migration_name AS name, checksum FROM ${quoteIdentifier(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((row) => ({ name: row.name as string, checksum: row.checksum as string }));
}

/** The tables among `tables` that hold at least one row. */
export async function findNonEmptyTables(db: SqlTarget, tables: readonly string[]): Promise<string[]> {
  const nonEmpty: string[] = [];
  for (const table of tables) {
    const [row] = await db.query(`SELECT EXISTS (SELECT 1 FROM ${quoteIdentifier(table)}) AS "any"`);
    if (row?.any === true) nonEmpty.push(table);
  }
  return nonEmpty;
}
