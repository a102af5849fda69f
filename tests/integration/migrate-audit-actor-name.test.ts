import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/server/database/migrate";
import { defaultMigrationsDir, readMigrationFiles } from "@/server/database/migration-files";
import { type EmptySqlSession, openEmptySqlSession } from "../support/empty-database";
import { testBackends } from "../support/test-database";

const ACTOR_NAME_MIGRATION = "20261129190443_audit_actor_name";

/** Copies the real migrations whose names `pick` accepts (and the lock file) into `dir`. */
async function migrationsThrough(dir: string, pick: (name: string) => boolean): Promise<void> {
  for (const file of await readMigrationFiles(defaultMigrationsDir())) {
    if (!pick(file.name)) continue;
    await cp(path.join(defaultMigrationsDir(), file.name), path.join(dir, file.name), { recursive: true });
  }
  await cp(path.join(defaultMigrationsDir(), "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
}

describe.each(testBackends())("the audit actor name migration (%s)", (kind) => {
  let db: EmptySqlSession;
  let dir: string;

  beforeEach(async () => {
    db = await openEmptySqlSession(kind);
    dir = await mkdtemp(path.join(os.tmpdir(), "thidua-before-actor-name-"));
  });
  afterEach(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives past rows their author's current name and new rows the name of the moment", async () => {
    await migrationsThrough(dir, (name) => name < ACTOR_NAME_MIGRATION);
    await applyMigrations(db, { migrationsDir: dir });
    await db.query(`INSERT INTO "Province" (id, code, name) VALUES ('p1', 'YB', 'Yên Bái')`);
    await db.query(`INSERT INTO "User" (id, username, "displayName", "passwordHash", "provinceId")
      VALUES ('a', 'admin', 'Nguyễn Văn An', 'h', 'p1')`);
    await db.query(`INSERT INTO "AuditEvent" (id, "actorId", entity, "entityId", action)
      VALUES ('old', 'a', 'Province', 'p1', 'update'), ('system', NULL, 'Province', 'p1', 'create')`);

    await migrationsThrough(dir, (name) => name === ACTOR_NAME_MIGRATION);
    await applyMigrations(db, { migrationsDir: dir });
    await db.query(`INSERT INTO "AuditEvent" (id, "actorId", entity, "entityId", action)
      VALUES ('before-rename', 'a', 'Province', 'p1', 'update')`);
    await db.query(`UPDATE "User" SET "displayName" = 'Nguyễn Văn Bình' WHERE id = 'a'`);
    await db.query(`INSERT INTO "AuditEvent" (id, "actorId", entity, "entityId", action)
      VALUES ('after-rename', 'a', 'Province', 'p1', 'update')`);

    expect(await db.query(`SELECT id, "actorName" FROM "AuditEvent" ORDER BY id`)).toEqual([
      { id: "after-rename", actorName: "Nguyễn Văn Bình" },
      { id: "before-rename", actorName: "Nguyễn Văn An" },
      { id: "old", actorName: "Nguyễn Văn An" },
      { id: "system", actorName: null },
    ]);
  });
});
