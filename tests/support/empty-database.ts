import { PGlite } from "@electric-sql/pglite";
import { openDatabaseBackend, openSqlSession } from "@/server/database/backend";
import { createPrismaClient } from "@/server/database/connect";
import type { SqlTarget } from "@/server/database/sql-target";
import { databaseUrl, dropDatabase } from "./postgres-admin";
import { createScratchDatabase, type TestBackendKind, type TestDatabase } from "./test-database";

export type EmptySqlSession = SqlTarget & { close(): Promise<void> };

/** A raw SQL session on a brand-new database with no tables, for testing migrations themselves. */
export async function openEmptySqlSession(kind: TestBackendKind): Promise<EmptySqlSession> {
  const database = await openEmptyDatabase(kind);
  const session = await openSqlSession(database.backend);
  return {
    ...session,
    close: async () => {
      await session.close();
      await database.close();
    },
  };
}

/** A brand-new database with no tables (not even migrated), e.g. the target of a restore. */
export async function openEmptyDatabase(kind: TestBackendKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const pglite = new PGlite();
    // PGlite starts (initdb, seconds) in the background: wait here, in the hook, not in the test.
    await pglite.waitReady;
    const backend = openDatabaseBackend({ pglite });
    const prisma = createPrismaClient(backend);
    return {
      backend,
      prisma,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const { serverUrl, name } = await createScratchDatabase();
  const backend = openDatabaseBackend({ databaseUrl: databaseUrl(serverUrl, name) });
  const prisma = createPrismaClient(backend);
  return {
    backend,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}
