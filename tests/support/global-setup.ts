import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabaseBackend, openSqlSession, type DatabaseBackend } from "../../src/server/database/backend";
import { createPrismaClient } from "../../src/server/database/connect";
import { applyMigrations } from "../../src/server/database/migrate";
import { seedDemo } from "../../src/server/seed/seed-demo";
import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from "./postgres-admin";
import "./provided-context";

// Migrating (and loading the demo) once and cloning per test file keeps every file on a fresh
// database at ~1 s, instead of ~4 s of initdb + migrations and ~2 s of demo seeding each
// (docs/stack.md, "Tests").
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dumps = await dumpMigratedPglites();
  project.provide("pgliteDumpPaths", dumps);
  const serverUrl = process.env.TEST_DATABASE_URL;
  const templates = serverUrl ? await createPostgresTemplates(serverUrl) : null;
  project.provide("postgresTemplates", templates);
  return async () => {
    await Promise.all(Object.values(dumps).map((file) => rm(file, { force: true })));
    if (serverUrl && templates) {
      for (const template of Object.values(templates)) await dropDatabase(serverUrl, template);
    }
  };
}

async function dumpMigratedPglites(): Promise<{ empty: string; demo: string }> {
  const pglite = new PGlite();
  try {
    const backend = openDatabaseBackend({ pglite });
    const session = await openSqlSession(backend);
    await applyMigrations(session);
    const empty = await dumpTo(pglite, "empty");
    await loadDemo(backend);
    return { empty, demo: await dumpTo(pglite, "demo") };
  } finally {
    await pglite.close();
  }
}

async function dumpTo(pglite: PGlite, contents: string): Promise<string> {
  const dump = await pglite.dumpDataDir("none");
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}-${contents}`;
  const file = path.join(os.tmpdir(), `thidua-pglite-${suffix}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

async function loadDemo(backend: DatabaseBackend): Promise<void> {
  const prisma = createPrismaClient(backend);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function createPostgresTemplates(serverUrl: string): Promise<{ empty: string; demo: string }> {
  const empty = uniqueDatabaseName("thidua_template");
  await createDatabase(serverUrl, empty);
  const session = await openSqlSession(openDatabaseBackend({ databaseUrl: databaseUrl(serverUrl, empty) }));
  try {
    await applyMigrations(session);
  } finally {
    await session.close();
  }
  const demo = uniqueDatabaseName("thidua_template_demo");
  await createDatabase(serverUrl, demo, empty);
  await loadDemo(openDatabaseBackend({ databaseUrl: databaseUrl(serverUrl, demo) }));
  return { empty, demo };
}
