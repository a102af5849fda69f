import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MIGRATION_FILE_NAME, readMigrationFiles } from "../../src/server/database/migration-files";

export const LOCKFILE_NAME = "migration_lock.toml";

/** The migrations folder in the shape the Prisma CLI hands to the schema engine. */
export async function readMigrationList(baseDir: string): Promise<MigrationList> {
  const lockPath = path.join(baseDir, LOCKFILE_NAME);
  const files = await readMigrationFiles(baseDir);
  return {
    baseDir,
    lockfile: {
      path: LOCKFILE_NAME,
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    migrationDirectories: files.map((file) => ({
      path: file.name,
      migrationFile: { path: MIGRATION_FILE_NAME, content: { tag: "ok", value: file.sql } },
    })),
    shadowDbInitScript: "",
  };
}
