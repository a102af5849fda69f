import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { saveScoreCellSchema } from "../src/schemas/scoring/save-score-cell";
import { openDatabaseBackend, openSqlSession } from "../src/server/database/backend";
import { createPrismaClient, type AppPrismaClient } from "../src/server/database/connect";
import { applyMigrations } from "../src/server/database/migrate";
import { saveScoreCell } from "../src/server/mutations/scoring/save-score-cell";
import { seedDemo } from "../src/server/seed/seed-demo";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueDatabaseName,
} from "../tests/support/postgres-admin";

// Run by bench/save-score.bench.ts (`npm run bench:save-score [-- --pglite]`): one score cell saved 200 times through the function the
// action calls (schema parse, authorisation, transaction, optimistic version, audit).
const SAVES = 200;
const WARMUP = 10;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const usePglite = process.argv.includes("--pglite");

type Database = { prisma: AppPrismaClient; backend: string; close(): Promise<void> };

async function openDatabase(): Promise<Database> {
  if (usePglite) {
    const pglite = new PGlite();
    const backend = openDatabaseBackend({ pglite });
    await applyMigrations(await openSqlSession(backend));
    const prisma = createPrismaClient(backend);
    return {
      prisma,
      backend: "pglite",
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const name = uniqueDatabaseName("thidua_bench");
  await createDatabase(SERVER_URL, name);
  const backend = openDatabaseBackend({ databaseUrl: databaseUrl(SERVER_URL, name) });
  const session = await openSqlSession(backend);
  await applyMigrations(session);
  await session.close();
  const prisma = createPrismaClient(backend);
  return {
    prisma,
    backend: "postgres",
    close: async () => {
      await prisma.$disconnect();
      await dropDatabase(SERVER_URL, name);
    },
  };
}

async function scenario(prisma: AppPrismaClient) {
  await seedDemo(prisma);
  const user = await prisma.user.findFirstOrThrow({
    where: { username: "thuky.ktkt" },
    select: {
      id: true,
      username: true,
      displayName: true,
      provinceId: true,
      grants: { select: { kind: true, provinceId: true, blocId: true, unitId: true } },
    },
  });
  const criterion = await prisma.criterion.findFirstOrThrow({
    where: { code: "II.1", scoreTable: { blocYear: { year: 2024, bloc: { code: "KTKT" } } } },
    select: { id: true },
  });
  const unit = await prisma.unit.findFirstOrThrow({ where: { code: "GTVT" }, select: { id: true } });
  return { user, criterionId: criterion.id, unitId: unit.id };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function main() {
  const database = await openDatabase();
  try {
    const { user, criterionId, unitId } = await scenario(database.prisma);
    const timings: number[] = [];
    let version = 0;
    for (let i = 0; i < WARMUP + SAVES; i += 1) {
      const raw = {
        unitId,
        criterionId,
        stage: "FINAL",
        points: `${i % 8},${i % 10}`,
        explanation: `Lần lưu thứ ${i + 1}`,
        version,
      };
      const started = performance.now();
      const saved = await saveScoreCell(database.prisma, user, saveScoreCellSchema.parse(raw));
      const elapsed = performance.now() - started;
      version = saved.version;
      if (i >= WARMUP) timings.push(elapsed);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const result = {
      bench: "save-score",
      backend: database.backend,
      saves: SAVES,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      max: round(sorted.at(-1) ?? 0),
      goalP95: 150,
    };
    console.log(
      `save-score on ${result.backend}: ${SAVES} saves · p50 ${result.p50} ms · p95 ${result.p95} ms · max ${result.max} ms (goal p95 ≤ 150 ms)`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
