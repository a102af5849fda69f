import type { Transaction } from "@electric-sql/pglite";
import pg from "pg";
import { parse } from "pg-connection-string";
import type { DatabaseBackend } from "@/server/database/backend";
import type { SqlTarget } from "@/server/database/sql-target";

/** A snapshot sees one committed state of every table however long the backup takes. */
export type TransactionMode = "snapshot" | "write";

/**
 * Runs `work` in one transaction on a session of its own: committed when it returns, rolled back
 * when it throws. PGlite's transaction() queues the instance's other queries meanwhile.
 */
export async function inTransaction<T>(
  backend: DatabaseBackend,
  mode: TransactionMode,
  work: (tx: SqlTarget) => Promise<T>,
): Promise<T> {
  if (backend.kind === "pglite") {
    return backend.pglite.transaction(async (tx) => {
      if (mode === "snapshot") await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      return work(pgliteTarget(tx));
    });
  }
  const client = new pg.Client(parse(backend.url) as pg.ClientConfig);
  await client.connect();
  try {
    await client.query(mode === "snapshot" ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    try {
      const result = await work({
        query: async (sql, params) => (await client.query(sql, params)).rows,
        exec: async (sql) => void (await client.query(sql)),
      });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    await client.end();
  }
}

function pgliteTarget(tx: Transaction): SqlTarget {
  return {
    query: async (sql, params) => (await tx.query<Record<string, unknown>>(sql, params)).rows,
    exec: async (sql) => void (await tx.exec(sql)),
  };
}
