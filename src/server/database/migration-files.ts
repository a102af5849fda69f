import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type MigrationFile = { name: string; sql: string; checksum: string };

export const MIGRATION_FILE_NAME = "migration.sql";

export function defaultMigrationsDir(): string {
  return path.join(process.cwd(), "prisma/migrations");
}

/** Prisma's checksum: sha256 hex of the file's bytes, so the wasm engine agrees with our rows. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Every `<name>/migration.sql` under the folder, in name order (timestamps sort chronologically). */
export async function readMigrationFiles(migrationsDir: string): Promise<MigrationFile[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, MIGRATION_FILE_NAME)),
    )
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, MIGRATION_FILE_NAME), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}
