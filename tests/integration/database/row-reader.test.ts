import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabaseBackend } from "@/server/database/backend";
import { createPrismaClient } from "@/server/database/connect";
import { rowReaderOf } from "@/server/database/row-reader";
import { loadScoringRows } from "@/server/queries/load-scoring-rows";
import { demoWorld } from "../../factories/demo";
import { databaseUrl, dropDatabase } from "../../support/postgres-admin";
import {
  createScratchDatabase,
  openTestDatabase,
  testBackends,
  type TestDatabase,
} from "../../support/test-database";

// The long reads go to the driver under the client (row-reader.ts), and through Prisma inside a
// transaction: both must give the same values, of the same types (ints as numbers, JSON parsed,
// dates as text), or a ranking would differ with where it was computed.
describe.each(testBackends())("plain rows from the driver (%s)", (kind) => {
  let t: TestDatabase;
  let blocYearId: string;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    const demo = await demoWorld(t.prisma);
    ({ id: blocYearId } = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2024 },
      select: { id: true },
    }));
  });
  afterAll(() => t.close());

  it.each([
    ["every task", {}],
    ["tallied", { talliedAsOf: "2024-09-30" }],
  ])("are the rows Prisma gives in a transaction: %s", async (_, options) => {
    const fromDriver = await loadScoringRows(t.prisma, blocYearId, options);
    const throughPrisma = await t.prisma.$transaction((tx) => loadScoringRows(tx, blocYearId, options));
    expect(fromDriver.scoreLines.length).toBeGreaterThan(0);
    expect(fromDriver.memberships.length).toBeGreaterThan(0);
    const ordered = (rows: typeof fromDriver) => ({
      ...rows,
      scoreLines: [...rows.scoreLines].sort((a, b) => (a.id < b.id ? -1 : 1)),
      taskTallies:
        rows.taskTallies &&
        [...rows.taskTallies].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    });
    expect(ordered(fromDriver)).toStrictEqual(ordered(throughPrisma));
  });
});

// On PostgreSQL the app's pool serves Prisma and the plain reads; Prisma ends a pool it was
// handed only once it has used it itself.
describe.runIf(process.env.TEST_DATABASE_URL)("closing a client that only read plain rows", () => {
  it("leaves no connection open", async () => {
    const { serverUrl, name } = await createScratchDatabase();
    try {
      const url = databaseUrl(serverUrl, name);
      const prisma = createPrismaClient(openDatabaseBackend({ databaseUrl: url }));
      await rowReaderOf(prisma)("SELECT 1", []);
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const open = async () =>
        (
          await admin.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
            [name],
          )
        ).rows[0]?.n;
      try {
        expect(await open()).toBe(1);
        await prisma.$disconnect();
        await expect.poll(open).toBe(0);
      } finally {
        await admin.end();
      }
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });
});
