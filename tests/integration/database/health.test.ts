import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/server/database/connect";
import { defaultMigrationsDir } from "@/server/database/migration-files";
import { checkHealth } from "@/server/health/check-health";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

describe.each(testBackends())("health check (%s)", (kind) => {
  let t: TestDatabase;
  let newerBuild: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    // A build that ships one migration more than the database has run.
    newerBuild = await mkdtemp(path.join(os.tmpdir(), "thidua-health-"));
    await cp(defaultMigrationsDir(), newerBuild, { recursive: true });
    await mkdir(path.join(newerBuild, "99990101000000_newer"));
    await writeFile(path.join(newerBuild, "99990101000000_newer", "migration.sql"), "SELECT 1;\n");
  });
  afterAll(async () => {
    await t.close();
    await rm(newerBuild, { recursive: true, force: true });
  });

  it("is healthy when the database answers and every shipped migration is applied", async () => {
    expect(await checkHealth(t.prisma)).toEqual({ ok: true, database: "up", pendingMigrations: [] });
  });

  it("is unhealthy, naming them, while migrations are pending", async () => {
    expect(await checkHealth(t.prisma, newerBuild)).toEqual({
      ok: false,
      database: "up",
      pendingMigrations: ["99990101000000_newer"],
    });
  });
});

describe("health check without a database", () => {
  it("is unhealthy when the database does not answer", async () => {
    const unreachable = createPrismaClient({
      adapter: new PrismaPg({
        host: "127.0.0.1",
        port: 1,
        user: "nobody",
        database: "none",
        connectionTimeoutMillis: 2000,
      }),
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await checkHealth(unreachable)).toEqual({ ok: false, database: "down" });
      expect(logged).toHaveBeenCalledWith("[health] database unreachable", expect.anything());
    } finally {
      logged.mockRestore();
      await unreachable.$disconnect();
    }
  });
});
