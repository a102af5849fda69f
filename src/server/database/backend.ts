import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquireFolderLock, type FolderLock } from "./folder-lock";
import type { RowReader } from "./row-reader";
import { SerialisingPgClient } from "./serialising-pg-client";
import type { SqlTarget } from "./sql-target";

/** The embedded database lives here unless PGLITE_DATA_DIR says otherwise. */
export const DEFAULT_PGLITE_DATA_DIR = ".data/pglite";

export type DatabaseBackend = (
  | {
      kind: "pglite";
      pglite: PGlite;
      /** Held while a data folder is open (none for an in-memory PGlite handed in). */
      folderLock?: FolderLock;
    }
  | { kind: "postgres"; url: string }
) & {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** The same database without Prisma, for long reads (row-reader.ts). */
  readRows: RowReader;
  /**
   * Ends what the plain reads hold open (the pool) once Prisma has disconnected: Prisma ends
   * the pool it was handed only if it ever used it itself.
   */
  releaseReads?: () => Promise<void>;
};

export type BackendOptions = { databaseUrl?: string; pgliteDataDir?: string; pglite?: PGlite };

/** No DATABASE_URL → embedded PGlite (one process per data folder); otherwise PostgreSQL. */
export function openDatabaseBackend(options: BackendOptions): DatabaseBackend {
  if (options.databaseUrl) {
    // A parsed config, not { connectionString }: with the latter PrismaPg's shadow database
    // silently points at the main one (docs/stack.md, "Adapter caveats").
    // Its clients send one query at a time (serialising-pg-client.ts).
    const config = { ...(parse(options.databaseUrl) as pg.PoolConfig), Client: SerialisingPgClient };
    // One pool for Prisma and the plain reads; Prisma ends it on $disconnect, as its own.
    const pool = new pg.Pool(config);
    pool.on("error", (error) => console.error("Lỗi kết nối cơ sở dữ liệu (kết nối rảnh):", error.message));
    return {
      kind: "postgres",
      url: options.databaseUrl,
      adapter: new PrismaPg(pool, { disposeExternalPool: true }),
      readRows: async (sql, values) => (await pool.query(sql, [...values])).rows,
      releaseReads: async () => {
        if (!pool.ended) await pool.end();
      },
    };
  }
  if (options.pglite) return pgliteBackend(options.pglite);
  return openPgliteFolder(options.pgliteDataDir ?? DEFAULT_PGLITE_DATA_DIR);
}

function pgliteBackend(pglite: PGlite, folderLock?: FolderLock): DatabaseBackend {
  return {
    kind: "pglite",
    pglite,
    adapter: new PrismaPGlite(pglite),
    // PGlite's own queue: a query waits for an open transaction (Prisma's) to end.
    readRows: async <T>(sql: string, values: readonly unknown[]) =>
      (await pglite.query<T>(sql, [...values])).rows,
    ...(folderLock && { folderLock }),
  };
}

/**
 * One process per data folder: two PGlite instances on one folder silently lose acknowledged
 * writes, so the folder is locked before PGlite touches it. PGlite creates its own folder but
 * not the parents (.data/ on a fresh clone).
 */
function openPgliteFolder(dataDir: string): DatabaseBackend {
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const folderLock = acquireFolderLock(path.resolve(dataDir));
  return pgliteBackend(new PGlite(dataDir), folderLock);
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
