import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type DatabaseBackend, openDatabaseBackend } from "@/server/database/backend";
import { type AppPrismaClient, createPrismaClient } from "@/server/database/connect";
import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from "./postgres-admin";
import "./provided-context";

export type TestBackendKind = DatabaseBackend["kind"];

export type TestDatabase = { backend: DatabaseBackend; prisma: AppPrismaClient; close(): Promise<void> };

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export function testBackends(): TestBackendKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** What a test database starts with: nothing but the schema, or the Yên Bái demo (seedDemo). */
export type TestDatabaseContents = "empty" | "demo";

/** A fresh, fully migrated database of its own for the calling test file. */
export async function openTestDatabase(
  kind: TestBackendKind,
  contents: TestDatabaseContents = "empty",
): Promise<TestDatabase> {
  if (kind === "pglite") {
    const dump = await readFile(inject("pgliteDumpPaths")[contents]);
    const pglite = new PGlite({ loadDataDir: new Blob([dump]) });
    // Loading happens in the background: wait here, in beforeAll, not in the first test.
    await pglite.waitReady;
    return withPrisma(openDatabaseBackend({ pglite }), () => pglite.close());
  }
  const { serverUrl, name } = await createScratchDatabase(requiredTemplate(contents));
  return withPrisma(openDatabaseBackend({ databaseUrl: databaseUrl(serverUrl, name) }), () =>
    dropDatabase(serverUrl, name),
  );
}

/** An empty database on TEST_DATABASE_URL's server (a clone of `template` if given). */
export async function createScratchDatabase(template?: string): Promise<{ serverUrl: string; name: string }> {
  const serverUrl = requiredServerUrl();
  const name = uniqueDatabaseName("thidua_test");
  await createDatabase(serverUrl, name, template);
  return { serverUrl, name };
}

// The app's own client (same global omits), so code under test gets the type it expects.
function withPrisma(backend: DatabaseBackend, release: () => Promise<void>): TestDatabase {
  const prisma = createPrismaClient(backend);
  return {
    backend,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await release();
    },
  };
}

function requiredServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: the postgres backend needs a server");
  return url;
}

function requiredTemplate(contents: TestDatabaseContents): string {
  const templates = inject("postgresTemplates");
  if (!templates)
    throw new Error("No PostgreSQL template: global-setup.ts runs only with TEST_DATABASE_URL set");
  return templates[contents];
}
