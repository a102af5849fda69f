import type { DatabaseBackend } from "@/server/database/backend";
import type { SqlTarget } from "@/server/database/sql-target";
import { type Archive, type ArchiveTable, BackupError } from "./archive-format";
import { findNonEmptyTables, listAppTables, quoteIdentifier } from "./catalog";
import { batchLines } from "./batch-lines";
import { insertExpression } from "./column-codec";
import { suspendChecks } from "./suspend-checks";
import { inTransaction } from "./transaction";

/** Rows per INSERT are bounded by text size: large attachments go a few at a time. */
const BATCH_CHARACTERS = 8_000_000;

/**
 * Loads every table of the archive into the database, already migrated to the archive's schema,
 * in one transaction: a failure anywhere leaves the database as empty as it was.
 */
export async function loadArchive(backend: DatabaseBackend, archive: Archive): Promise<void> {
  await inTransaction(backend, "write", async (tx) => {
    const tables = archive.manifest.tables;
    await assertSameTables(tx, tables);
    const names = tables.map((table) => quoteIdentifier(table.name));
    // Nobody writes between the emptiness check and the commit.
    if (names.length > 0) await tx.exec(`LOCK TABLE ${names.join(", ")} IN ACCESS EXCLUSIVE MODE`);
    const nonEmpty = await findNonEmptyTables(
      tx,
      tables.map((table) => table.name),
    );
    if (nonEmpty.length > 0) throw notEmptyError(nonEmpty);
    await suspendChecks(tx, async () => {
      for (const table of tables) await insertRows(tx, table, archive.rows.get(table.name) ?? []);
      for (const sequence of archive.manifest.sequences) {
        await tx.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
          quoteIdentifier(sequence.name),
          sequence.lastValue,
          sequence.isCalled,
        ]);
      }
    });
  });
}

export function notEmptyError(tables: readonly string[]): BackupError {
  return new BackupError(
    `The target database is not empty (rows in ${tables.join(", ")}): a backup is restored only into ` +
      `an empty database. Create a new database (or PGlite folder) and restore into it.`,
  );
}

/** The target's tables and columns must be the archive's: same migrations, same schema. */
async function assertSameTables(tx: SqlTarget, tables: readonly ArchiveTable[]): Promise<void> {
  const describe = (table: { name: string; columns: { name: string; type: string }[] }) =>
    `${table.name}(${table.columns.map((column) => `${column.name} ${column.type}`).join(", ")})`;
  const target = new Set((await listAppTables(tx)).map(describe));
  const archived = new Set(tables.map(describe));
  const differing = [
    ...[...target].filter((table) => !archived.has(table)),
    ...[...archived].filter((table) => !target.has(table)),
  ];
  if (differing.length > 0)
    throw new BackupError(
      `The target database's tables differ from the backup's after migrating: ${differing.join("; ")}.`,
    );
}

async function insertRows(tx: SqlTarget, table: ArchiveTable, lines: readonly string[]): Promise<void> {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(", ");
  const values = table.columns.map((column) => insertExpression(column, "e.r")).join(", ");
  // OVERRIDING SYSTEM VALUE keeps identity columns' archived values.
  const sql =
    `INSERT INTO ${quoteIdentifier(table.name)} (${columns}) OVERRIDING SYSTEM VALUE ` +
    `SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS e(r)`;
  for (const batch of batchLines(lines, BATCH_CHARACTERS)) await tx.query(sql, [`[${batch.join(",")}]`]);
}
