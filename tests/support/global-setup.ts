import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabaseBackend, openSqlSession } from "../../src/server/database/backend";
import { applyMigrations } from "../../src/server/database/migrate";
import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from "./postgres-admin";
import "./provided-context";

// Migrating once and cloning per test file keeps every file on a fresh database at ~1 s,
// instead of ~4 s of initdb + migrations each (docs/stack.md, "Tests").
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dumpPath = await dumpMigratedPglite();
  project.provide("pgliteDumpPath", dumpPath);
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = serverUrl ? await createPostgresTemplate(serverUrl) : null;
  project.provide("postgresTemplate", template);
  return async () => {
    await rm(dumpPath, { force: true });
    if (serverUrl && template) await dropDatabase(serverUrl, template);
  };
}

async function dumpMigratedPglite(): Promise<string> {
  const pglite = new PGlite();
  try {
    const session = await openSqlSession(openDatabaseBackend({ pglite }));
    await applyMigrations(session);
    const dump = await pglite.dumpDataDir("none");
    const file = path.join(os.tmpdir(), `thidua-pglite-${process.pid}-${randomBytes(4).toString("hex")}.tar`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await pglite.close();
  }
}

async function createPostgresTemplate(serverUrl: string): Promise<string> {
  const template = uniqueDatabaseName("thidua_template");
  await dropDatabase(serverUrl, template);
  await createDatabase(serverUrl, template);
  const session = await openSqlSession(
    openDatabaseBackend({ databaseUrl: databaseUrl(serverUrl, template) }),
  );
  try {
    await applyMigrations(session);
  } finally {
    await session.close();
  }
  return template;
}
