import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { rankingViewOf } from "../src/domain/rankings/ranking-view";
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
const TALLIED = "ranking from the database (tallies: rankings, grid, screens)";
const AGGREGATE = "one SQL aggregate";
const EXPLAINED = "ranking from the database (every task: a unit's explanation)";

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
  const prisma = createPrismaClient(backend);
  const blocYearId = await fillProvinceYear(prisma);
  await prisma.$executeRawUnsafe("ANALYZE");
  await prisma.$disconnect();

  // Cold: each way on a new client of its own (new connections, nothing prepared), the engine's
  // first run in this process. Warm: the same ways again and again on one client.
  const newClient = () =>
    createPrismaClient(openDatabaseBackend({ databaseUrl: databaseUrl(SERVER_URL, name) }));
  const asOf = "2024-12-15";
  const ways: Record<string, (client: ReturnType<typeof newClient>) => Promise<unknown>> = {
    [TALLIED]: (client) => computeRanking(client, { blocYearId, asOf, tallied: true }),
    [EXPLAINED]: (client) => computeRanking(client, { blocYearId, asOf }),
    [AGGREGATE]: (client) => client.$queryRawUnsafe(POINTS_PER_UNIT_SQL, blocYearId),
  };
  const coldMs = new Map<string, number>();
  for (const [what, run] of Object.entries(ways)) {
    const client = newClient();
    coldMs.set(what, await timed(() => run(client)));
    await client.$disconnect();
  }
  const warm = newClient();
  const warmMs = new Map<string, number[]>(Object.keys(ways).map((what) => [what, []]));
  // The ranking and the aggregate in pairs, one first on even runs and the other on odd ones (what
  // runs just before leaves work for the garbage collector and the database); the every-task
  // ranking, whose garbage would land on either, in runs of its own after.
  const timeWarm = async (what: string) => warmMs.get(what)?.push(await timed(() => ways[what]!(warm)));
  for (let run = 0; run < WARM_RUNS; run += 1)
    for (const what of run % 2 === 0 ? [TALLIED, AGGREGATE] : [AGGREGATE, TALLIED]) await timeWarm(what);
  for (let run = 0; run < WARM_RUNS; run += 1) await timeWarm(EXPLAINED);
  // What the rankings page downloads for this year (its data request; the document is a shell).
  const computed = await computeRanking(warm, { blocYearId, asOf, tallied: true });
  const pageData = JSON.stringify(
    rankingViewOf({
      kind: "provisional",
      snapshot: null,
      asOf,
      maxPoints: computed.result.maxPoints,
      sections: computed.criteria
        .filter((criterion) => criterion.parentId === null)
        .map(({ id, code, title, kind, maxPoints }) => ({ id, code, title, kind, maxPoints })),
      seesAllUnits: true,
      rankedCount: computed.result.units.length,
      ownUnitIds: [],
      units: computed.result.units,
      pairs: computed.result.pairs,
    }),
  );
  await warm.$disconnect();

  const round = (ms: number) => Math.round(ms * 10) / 10;
  const rows = Object.keys(ways).map((what) => ({
    what,
    cold: round(coldMs.get(what) ?? NaN),
    warm: round(median(warmMs.get(what) ?? [])),
  }));
  const timesOf = (what: string) => rows.find((row) => row.what === what) ?? { cold: NaN, warm: NaN };
  const [tallied, aggregate] = [timesOf(TALLIED), timesOf(AGGREGATE)];
  const { units, tasksPerUnit, linesPerUnit } = PROVINCE_SCALE;
  console.log(
    `${units} units, ${units * tasksPerUnit} tasks, ${units * linesPerUnit} score lines (PostgreSQL), ms:`,
  );
  console.table(rows);
  // Warm: each run times the ranking and the aggregate back to back, so both meet the machine in
  // the same moment; the ratio is the median of the runs' ratios (on a shared 2-core machine the
  // aggregate alone varies by a third between minutes, and by what ran just before it).
  const talliedRuns = warmMs.get(TALLIED) ?? [];
  const aggregateRuns = warmMs.get(AGGREGATE) ?? [];
  const ratios = {
    warm: round(median(talliedRuns.map((ms, run) => ms / (aggregateRuns[run] ?? NaN)))),
    cold: round(tallied.cold / aggregate.cold),
    goal: "warm ≤ 2, cold ≤ 4",
  };
  console.log(`tallied ranking / SQL aggregate: warm ${ratios.warm}, cold ${ratios.cold} (${ratios.goal})`);
  const pageKb = {
    json: Math.round(Buffer.byteLength(pageData) / 1024),
    gzip: Math.round(gzipSync(pageData).length / 1024),
  };
  console.log(
    `the rankings page's data for ${units} units: ${pageKb.json} KB of JSON, ${pageKb.gzip} KB gzipped`,
  );
  console.log(JSON.stringify({ bench: "province", rows, ratios, pageKb }));
} finally {
  await dropDatabase(SERVER_URL, name);
}
