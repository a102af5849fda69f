import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquireFolderLock, type FolderLock } from "./folder-lock";
import { SerialisingPgClient } from "./serialising-pg-client";
import type { SqlTarget } from "./sql-target";

/** The embedded database lives here unless PGLITE_DATA_DIR says otherwise. */
export const DEFAULT_PGLITE_DATA_DIR = ".data/pglite";

export type DatabaseBackend =
  | {
      kind: "pglite";
      pglite: PGlite;
      adapter: SqlMigrationAwareDriverAdapterFactory;
      /** Held while a data folder is open (none for an in-memory PGlite handed in). */
      folderLock?: FolderLock;
    }
  | { kind: "postgres"; url: string; adapter: SqlMigrationAwareDriverAdapterFactory };

export type BackendOptions = { databaseUrl?: string; pgliteDataDir?: string; pglite?: PGlite };

/** No DATABASE_URL → embedded PGlite (one process per data folder); otherwise PostgreSQL. */
export function openDatabaseBackend(options: BackendOptions): DatabaseBackend {
  if (options.databaseUrl) {
    // A parsed config, not { connectionString }: with the latter PrismaPg's shadow database
    // silently points at the main one (docs/stack.md, "Adapter caveats").
    // Its clients send one query at a time (serialising-pg-client.ts).
    const config = { ...(parse(options.databaseUrl) as pg.PoolConfig), Client: SerialisingPgClient };
    return { kind: "postgres", url: options.databaseUrl, adapter: new PrismaPg(config) };
  }
  if (options.pglite)
    return { kind: "pglite", pglite: options.pglite, adapter: new PrismaPGlite(options.pglite) };
  return openPgliteFolder(options.pgliteDataDir ?? DEFAULT_PGLITE_DATA_DIR);
}

/**
 * One process per data folder: two PGlite instances on one folder silently lose acknowledged
 * writes, so the folder is locked before PGlite touches it. PGlite creates its own folder but
 * not the parents (.data/ on a fresh clone).
 */
function openPgliteFolder(dataDir: string): DatabaseBackend {
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const folderLock = acquireFolderLock(path.resolve(dataDir));
  const pglite = new PGlite(dataDir);
  return { kind: "pglite", pglite, adapter: new PrismaPGlite(pglite), folderLock };
}

/**
 * A raw SQL session on the backend, for migrations and LISTEN: the PGlite instance itself,
 * or one dedicated pg client (advisory locks belong to a session, so not a pool).
 */
export async function openSqlSession(
  backend: DatabaseBackend,
): Promise<SqlTarget & { close(): Promise<void> }> {
  if (backend.kind === "pglite") {
    const { pglite } = backend;
    return {
      query: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
      exec: async (sql) => void (await pglite.exec(sql)),
      close: async () => {},
    };
  }
  const client = new pg.Client(parse(backend.url) as pg.ClientConfig);
  await client.connect();
  return {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    // No parameters → the simple query protocol: a multi-statement file runs as one implicit transaction.
    exec: async (sql) => void (await client.query(sql)),
    close: () => client.end(),
  };
}
