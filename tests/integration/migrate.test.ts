import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/server/database/migrate";
import { defaultMigrationsDir, readMigrationFiles } from "@/server/database/migration-files";
import { type EmptySqlSession, openEmptySqlSession } from "../support/empty-database";
import { testBackends } from "../support/test-database";

const BROKEN = "99990101000000_broken";
// Creates a table, then fails: a whole-file rollback must take the table with it.
const BROKEN_SQL = `CREATE TABLE "BrokenProbe" ("id" INTEGER PRIMARY KEY);
INSERT INTO "BrokenProbe" ("id") VALUES (1), (1);
`;

async function copyRealMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "thidua-migrations-"));
  await cp(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

async function migrationRows(db: EmptySqlSession) {
  return db.query(
    `SELECT migration_name, finished_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name`,
  );
}

describe.each(testBackends())("applyMigrations (%s)", (kind) => {
  let db: EmptySqlSession;
  let migrationsDir: string;

  beforeEach(async () => {
    db = await openEmptySqlSession(kind);
    migrationsDir = await copyRealMigrations();
  });
  afterEach(async () => {
    await db.close();
    await rm(migrationsDir, { recursive: true, force: true });
  });

  it("applies every migration once, records each finished, and applies nothing on the next run", async () => {
    const names = (await readMigrationFiles(defaultMigrationsDir())).map((file) => file.name);
    expect(names.length).toBeGreaterThan(0);

    await expect(applyMigrations(db)).resolves.toEqual({ applied: names });

    const rows = await migrationRows(db);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    await expect(applyMigrations(db)).resolves.toEqual({ applied: [] });
  });

  it("rolls a failing migration back whole, records its logs, and refuses the next run", async () => {
    await mkdir(path.join(migrationsDir, BROKEN));
    await writeFile(path.join(migrationsDir, BROKEN, "migration.sql"), BROKEN_SQL);

    await expect(applyMigrations(db, { migrationsDir })).rejects.toThrow(`Migration ${BROKEN} failed`);

    const [probe] = await db.query(`SELECT to_regclass('"BrokenProbe"') AS "table"`);
    expect(probe?.table).toBeNull();
    const broken = (await migrationRows(db)).find((row) => row.migration_name === BROKEN);
    expect(broken).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(broken?.logs).toMatch(/duplicate key/);

    await expect(applyMigrations(db, { migrationsDir })).rejects.toThrow(
      `Migration ${BROKEN} failed on an earlier run`,
    );
  });

  it("refuses a migration edited after it was applied", async () => {
    const [first] = await readMigrationFiles(migrationsDir);
    await applyMigrations(db, { migrationsDir });
    await appendFile(path.join(migrationsDir, first!.name, "migration.sql"), "\n-- edited later\n");

    await expect(applyMigrations(db, { migrationsDir })).rejects.toThrow(
      `Migration ${first!.name} was edited after it was applied`,
    );
  });
});
