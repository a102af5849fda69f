import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/server/database/migrate";
import { defaultMigrationsDir, readMigrationFiles } from "@/server/database/migration-files";
import { type EmptySqlSession, openEmptySqlSession } from "../support/empty-database";
import { testBackends } from "../support/test-database";

const GRANTS_MIGRATION = "20261129115929_user_grants";

/** The real migrations up to (not including) the grants migration, in a folder of their own. */
async function migrationsBeforeGrants(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "thidua-before-grants-"));
  for (const file of await readMigrationFiles(defaultMigrationsDir())) {
    if (file.name >= GRANTS_MIGRATION) break;
    await cp(path.join(defaultMigrationsDir(), file.name), path.join(dir, file.name), { recursive: true });
  }
  await cp(path.join(defaultMigrationsDir(), "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  return dir;
}

describe.each(testBackends())("the user grants migration (%s)", (kind) => {
  let db: EmptySqlSession;
  let dir: string;

  beforeEach(async () => {
    db = await openEmptySqlSession(kind);
    dir = await migrationsBeforeGrants();
  });
  afterEach(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("turns each user's role and scope into one grant, keeping every user's access", async () => {
    await applyMigrations(db, { migrationsDir: dir });
    await db.query(`INSERT INTO "Province" (id, code, name) VALUES ('p1', 'YB', 'Yên Bái')`);
    await db.query(
      `INSERT INTO "Bloc" (id, "provinceId", code, name, "foundedOn") VALUES ('b1', 'p1', 'KTKT', 'Khối', '2020-01-01')`,
    );
    await db.query(`INSERT INTO "Unit" (id, "provinceId", code) VALUES ('u1', 'p1', 'TNMT')`);
    await db.query(`INSERT INTO "User" (id, username, "displayName", "passwordHash", role, "provinceId", "blocId", "unitId")
      VALUES ('a', 'admin', 'A', 'h', 'PROVINCE_ADMIN', 'p1', NULL, NULL),
             ('s', 'thuky', 'S', 'h', 'BLOC_SECRETARIAT', 'p1', 'b1', 'u1'),
             ('l', 'lanhdao', 'L', 'h', 'AGENCY_LEADER', 'p1', NULL, 'u1'),
             ('v', 'xem', 'V', 'h', 'VIEWER', 'p1', NULL, NULL)`);

    await cp(path.join(defaultMigrationsDir(), GRANTS_MIGRATION), path.join(dir, GRANTS_MIGRATION), {
      recursive: true,
    });
    await applyMigrations(db, { migrationsDir: dir });

    const grants = await db.query(
      `SELECT "userId", kind::text AS kind, "provinceId", "blocId", "unitId" FROM "Grant" ORDER BY "userId"`,
    );
    expect(grants).toEqual([
      { userId: "a", kind: "PROVINCE_ADMIN", provinceId: "p1", blocId: null, unitId: null },
      { userId: "l", kind: "AGENCY_LEADER", provinceId: "p1", blocId: null, unitId: "u1" },
      { userId: "s", kind: "BLOC_SECRETARIAT", provinceId: "p1", blocId: "b1", unitId: "u1" },
      { userId: "v", kind: "VIEWER", provinceId: "p1", blocId: null, unitId: null },
    ]);
    const columns = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'User' AND column_name IN ('role', 'blocId', 'unitId')`,
    );
    expect(columns).toEqual([]);
  });
});
