import { type DatabaseBackend, openSqlSession } from "@/server/database/backend";
import { applyMigrations } from "@/server/database/migrate";
import {
  defaultMigrationsDir,
  type MigrationFile,
  readMigrationFiles,
} from "@/server/database/migration-files";
import type { SqlTarget } from "@/server/database/sql-target";
import { type Archive, type ArchiveManifest, BackupError } from "./archive-format";
import { findNonEmptyTables, listAppliedMigrations, listAppTables } from "./catalog";
import { loadArchive, notEmptyError } from "./load-archive";

export type RestoreOptions = { migrationsDir?: string; log?: (line: string) => void };
export type RestoreResult = { tables: number; rows: number; laterMigrations: string[] };

/**
 * Restores a verified archive into an empty database: migrates it to the archive's migrations,
 * loads every row in one transaction, then applies the migrations this code has beyond them.
 */
export async function restoreBackup(
  backend: DatabaseBackend,
  archive: Archive,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const archived = archive.manifest.migrations;
  assertCodeKnows(archived, await readMigrationFiles(migrationsDir));
  const session = await openSqlSession(backend);
  try {
    await assertTargetRestorable(session, archived);
    const only = archived.map((migration) => migration.name);
    await applyMigrations(session, { migrationsDir, only, log: options.log });
    await loadArchive(backend, archive);
    const { applied } = await applyMigrations(session, { migrationsDir, log: options.log });
    const rows = archive.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    return { tables: archive.manifest.tables.length, rows, laterMigrations: applied };
  } finally {
    await session.close();
  }
}

/** The code must hold every migration the backup was taken at, unedited. */
function assertCodeKnows(archived: ArchiveManifest["migrations"], files: readonly MigrationFile[]): void {
  for (const migration of archived) {
    const file = files.find((candidate) => candidate.name === migration.name);
    if (!file)
      throw new BackupError(
        `The backup was taken at migration ${migration.name}, which this version of ThiĐua does not ` +
          `have: restore it with the version that took it, or a newer one.`,
      );
    if (file.checksum !== migration.checksum)
      throw new BackupError(`Migration ${migration.name} differs from the one the backup was taken at.`);
  }
}

/**
 * Checked before anything is migrated, so a refused restore changes nothing: the target holds no
 * rows and no migration the backup lacks (its schema could not hold the backup's rows).
 */
async function assertTargetRestorable(
  session: SqlTarget,
  archived: ArchiveManifest["migrations"],
): Promise<void> {
  const tables = (await listAppTables(session)).map((table) => table.name);
  const nonEmpty = await findNonEmptyTables(session, tables);
  if (nonEmpty.length > 0) throw notEmptyError(nonEmpty);
  const known = new Set(archived.map((migration) => migration.name));
  const ahead = (await listAppliedMigrations(session)).filter((migration) => !known.has(migration.name));
  if (ahead.length > 0)
    throw new BackupError(
      `The target database already has migration ${ahead[0]!.name}, newer than the backup: restore ` +
        `into a new, empty database (or PGlite folder).`,
    );
}
