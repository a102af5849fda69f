import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { openDatabaseBackend, type DatabaseBackend } from "./backend";
import { registerRowReader, type RowReader } from "./row-reader";

/**
 * Every Prisma client of the project: password hashes are left out unless a query asks. With the
 * backend's plain reader, long reads on this client skip Prisma (row-reader.ts).
 */
export function createPrismaClient(backend: {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  readRows?: RowReader;
  releaseReads?: () => Promise<void>;
}) {
  const prisma = new PrismaClient({ adapter: backend.adapter, omit: { user: { passwordHash: true } } });
  if (backend.readRows) registerRowReader(prisma, backend.readRows);
  const { releaseReads } = backend;
  if (releaseReads) {
    // A client that only ever read through the pool would otherwise leave its connections open.
    const disconnect = prisma.$disconnect.bind(prisma);
    prisma.$disconnect = async () => {
      await disconnect();
      await releaseReads();
    };
  }
  return prisma;
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;

export type DatabaseConnection = {
  backend: DatabaseBackend;
  prisma: AppPrismaClient;
  close(): Promise<void>;
};

/** Opens the database the environment names: PostgreSQL with DATABASE_URL, else embedded PGlite. */
export function connectDatabase(env: NodeJS.ProcessEnv = process.env): DatabaseConnection {
  const backend = openDatabaseBackend({
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDataDir: env.PGLITE_DATA_DIR || undefined,
  });
  const prisma = createPrismaClient(backend);
  return {
    backend,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      if (backend.kind === "pglite") {
        await backend.pglite.close();
        backend.folderLock?.release();
      }
    },
  };
}

/** The client an interactive transaction hands its callback. */
export type AppTransaction = Parameters<Parameters<AppPrismaClient["$transaction"]>[0]>[0];
