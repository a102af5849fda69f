import { PGlite } from "@electric-sql/pglite";
import { openDatabaseBackend, openSqlSession } from "@/server/database/backend";
import type { SqlTarget } from "@/server/database/sql-target";
import { databaseUrl, dropDatabase } from "./postgres-admin";
import { createScratchDatabase, type TestBackendKind } from "./test-database";

export type EmptySqlSession = SqlTarget & { close(): Promise<void> };

/** A raw SQL session on a brand-new database with no tables, for testing migrations themselves. */
export async function openEmptySqlSession(kind: TestBackendKind): Promise<EmptySqlSession> {
  if (kind === "pglite") {
    const pglite = new PGlite();
    // PGlite starts (initdb, seconds) in the background: wait here, in the hook, not in the test.
    await pglite.waitReady;
    const session = await openSqlSession(openDatabaseBackend({ pglite }));
    return { ...session, close: () => pglite.close() };
  }
  const { serverUrl, name } = await createScratchDatabase();
  const session = await openSqlSession(openDatabaseBackend({ databaseUrl: databaseUrl(serverUrl, name) }));
  return {
    ...session,
    close: async () => {
      await session.close();
      await dropDatabase(serverUrl, name);
    },
  };
}
