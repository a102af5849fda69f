import { randomUUID } from "node:crypto";
import { defaultMigrationsDir, type MigrationFile, readMigrationFiles } from "./migration-files";
import type { SqlTarget } from "./sql-target";

export type ApplyMigrationsOptions = {
  migrationsDir?: string;
  /** Apply only these migrations (a restore first rebuilds the schema its backup was taken at). */
  only?: readonly string[];
  log?: (line: string) => void;
};

/** Prisma's own advisory lock key, so this runner and Prisma's engine never migrate at once. */
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's table, column for column: the wasm engine's diagnoseMigrationHistory reads it as its own.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
};

/**
 * Applies every migration folder the database has not run yet, in name order, each whole file
 * in one implicit transaction. Refuses to run over a failed or edited migration.
 */
export async function applyMigrations(
  target: SqlTarget,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const files = await readMigrationFiles(options.migrationsDir ?? defaultMigrationsDir());
  // The lock comes before CREATE TABLE: two first runs would otherwise race on creating it.
  await target.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await target.exec(CREATE_MIGRATIONS_TABLE);
    const rows = (await target.query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    )) as MigrationRow[];
    const done = checkHistory(rows, files, options.log);
    const wanted = options.only ? new Set(options.only) : null;
    const applied: string[] = [];
    for (const file of files.filter((file) => !done.has(file.name) && (wanted?.has(file.name) ?? true))) {
      await applyMigrationFile(target, file);
      options.log?.(`Applied migration ${file.name}`);
      applied.push(file.name);
    }
    return { applied };
  } finally {
    await target.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}

/** The names already applied; throws when the history cannot safely be built upon. */
function checkHistory(
  rows: MigrationRow[],
  files: MigrationFile[],
  log?: (line: string) => void,
): Set<string> {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) throw new Error(failedMigrationMessage(failed.migration_name));
  const done = new Set(live.map((row) => row.migration_name));
  for (const row of live) {
    const file = files.find((candidate) => candidate.name === row.migration_name);
    if (!file) {
      log?.(`Migration ${row.migration_name} is applied but missing from the migrations folder`);
    } else if (file.checksum !== row.checksum) {
      throw new Error(
        `Migration ${row.migration_name} was edited after it was applied (checksum mismatch). ` +
          `Restore its migration.sql and put the change in a new migration (npm run db:new <name>).`,
      );
    }
  }
  return done;
}

function failedMigrationMessage(name: string): string {
  return (
    `Migration ${name} failed on an earlier run and is recorded as failed in _prisma_migrations; ` +
    `its changes were rolled back. Fix its migration.sql, then mark it rolled back ` +
    `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${name}' ` +
    `AND finished_at IS NULL) and run the migrations again.`
  );
}

async function applyMigrationFile(target: SqlTarget, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await target.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, file.checksum, file.name],
  );
  try {
    // One simple-protocol call: PostgreSQL runs the whole file as one implicit transaction.
    await target.exec(file.sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await target.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new Error(`Migration ${file.name} failed and was rolled back: ${message}`, { cause: error });
  }
  await target.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
    [id],
  );
}
