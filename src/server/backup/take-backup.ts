import type { DatabaseBackend } from "@/server/database/backend";
import type { SqlTarget } from "@/server/database/sql-target";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type Archive,
  type ArchiveManifest,
  BackupError,
} from "./archive-format";
import { rowsSha256 } from "./archive-file";
import {
  type CatalogTable,
  listAppliedMigrations,
  listAppTables,
  listSequences,
  quoteIdentifier,
} from "./catalog";
import { rowLine, selectExpression } from "./column-codec";
import { inTransaction } from "./transaction";

export type TakeBackupOptions = { appVersion: string; now?: Date };

/**
 * Reads the whole database inside one read-only snapshot transaction, so the archive is one
 * consistent state even while the app keeps writing (on PostgreSQL; PGlite allows one process).
 */
export function takeBackup(backend: DatabaseBackend, options: TakeBackupOptions): Promise<Archive> {
  return inTransaction(backend, "snapshot", async (tx) => {
    // Timestamps with a time zone are written in UTC, so two backups of one state are identical.
    await tx.query(`SET LOCAL TimeZone = 'UTC'`);
    const migrations = await listAppliedMigrations(tx);
    if (migrations.length === 0)
      throw new BackupError("The database has no migrations applied: there is nothing to back up.");
    const rows = new Map<string, string[]>();
    const tables: ArchiveManifest["tables"] = [];
    for (const table of await listAppTables(tx)) {
      const lines = await readRowLines(tx, table);
      rows.set(table.name, lines);
      tables.push({ ...table, rows: lines.length, sha256: rowsSha256(lines) });
    }
    const [server] = await tx.query(`SELECT current_setting('server_version') AS version`);
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      appVersion: options.appVersion,
      source: { backend: backend.kind, serverVersion: String(server?.version) },
      migrations,
      tables,
      sequences: await readSequences(tx),
    };
    return { manifest, rows };
  });
}

/** Every row as its line, sorted (by UTF-16 code unit) so equal tables give equal archives. */
async function readRowLines(tx: SqlTarget, table: CatalogTable): Promise<string[]> {
  const selected = table.columns.map((column, index) => `${selectExpression(column, "t")} AS "c${index}"`);
  const rows = await tx.query(`SELECT ${selected.join(", ")} FROM ${quoteIdentifier(table.name)} AS t`);
  const lines = rows.map((row) =>
    rowLine(
      table.columns,
      table.columns.map((_, index) => row[`c${index}`]),
    ),
  );
  return lines.sort();
}

async function readSequences(tx: SqlTarget): Promise<ArchiveManifest["sequences"]> {
  const sequences: ArchiveManifest["sequences"] = [];
  for (const name of await listSequences(tx)) {
    const [row] = await tx.query(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quoteIdentifier(name)}`,
    );
    sequences.push({ name, lastValue: String(row?.lastValue), isCalled: row?.isCalled === true });
  }
  return sequences;
}
