import { performance } from "node:perf_hooks";
import { openDatabaseBackend, openSqlSession } from "../src/server/database/backend";
import { createPrismaClient } from "../src/server/database/connect";
import { applyMigrations } from "../src/server/database/migrate";
import { computeRanking } from "../src/server/queries/compute-ranking";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueDatabaseName,
} from "../tests/support/postgres-admin";
import { fillProvinceYear, POINTS_PER_UNIT_SQL, PROVINCE_SCALE } from "./support/province-fill";

// Run by bench/province.bench.ts (`npm run bench:province`): one province-scale bloc-year in a
// fresh PostgreSQL database; the ranking computed from the database (load, map, engine) cold and
// warm, against one SQL aggregate of points per unit over the same rows.
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const WARM_RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const name = uniqueDatabaseName("thidua_bench_province");
await createDatabase(SERVER_URL, name);
try {
  const backend = openDatabaseBackend({ databaseUrl: databaseUrl(SERVER_URL, name) });
  const session = await openSqlSession(backend);
  await applyMigrations(session);
  await session.close();
  const prisma = createPrismaClient(backend.adapter);
  const blocYearId = await fillProvinceYear(prisma);
  await prisma.$executeRawUnsafe("ANALYZE");
  await prisma.$disconnect();

  // Cold: a new client (new connections, nothing prepared) and the engine's first run in this process.
  const cold = createPrismaClient(
    openDatabaseBackend({ databaseUrl: databaseUrl(SERVER_URL, name) }).adapter,
  );
  const rankingCold = await timed(() => computeRanking(cold, { blocYearId, asOf: "2024-12-15" }));
  const aggregateCold = await timed(() => cold.$queryRawUnsafe(POINTS_PER_UNIT_SQL, blocYearId));
  const ranking: number[] = [];
  const aggregate: number[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) {
    ranking.push(await timed(() => computeRanking(cold, { blocYearId, asOf: "2024-12-15" })));
    aggregate.push(await timed(() => cold.$queryRawUnsafe(POINTS_PER_UNIT_SQL, blocYearId)));
  }
  await cold.$disconnect();

  const round = (ms: number) => Math.round(ms * 10) / 10;
  const rows = [
    { what: "ranking from the database", cold: round(rankingCold), warm: round(median(ranking)) },
    { what: "one SQL aggregate", cold: round(aggregateCold), warm: round(median(aggregate)) },
  ];
  const { units, tasksPerUnit, linesPerUnit } = PROVINCE_SCALE;
  console.log(
    `${units} units, ${units * tasksPerUnit} tasks, ${units * linesPerUnit} score lines (PostgreSQL), ms:`,
  );
  console.table(rows);
  const ratios = {
    warm: round(median(ranking) / median(aggregate)),
    cold: round(rankingCold / aggregateCold),
    goal: "warm ≤ 2, cold ≤ 4",
  };
  console.log(JSON.stringify({ ...rows, ratios }));
} finally {
  await dropDatabase(SERVER_URL, name);
}
