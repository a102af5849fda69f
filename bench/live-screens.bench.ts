import pg from "pg";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueDatabaseName,
} from "../tests/support/postgres-admin";
import { percentile, seedDatabase, signInCookie, startApp, type AppServer } from "./support/next-app";
import { openScreen, type Screen } from "./support/sse-screen";

// `npm run bench:live`: 500 open conference screens (SSE), one score saved; how long until every
// screen is told (notified) and has re-fetched its data (updated). Once with one app instance,
// once with two instances on one PostgreSQL database (screens split between them). Goal p95 ≤ 1 s.
const SERVER =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";
const SCREENS = Number(process.env.BENCH_SCREENS ?? 500);
const PORTS = [Number(process.env.BENCH_PORT ?? 3128), Number(process.env.BENCH_PORT ?? 3128) + 1];

async function saveOneScore(url: string, blocYearId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT l.id FROM "ScoreLine" l JOIN "ScoreSheet" s ON s.id = l."sheetId" WHERE s."blocYearId" = $1 LIMIT 1`,
      [blocYearId],
    );
    const started = performance.now();
    if (rows[0])
      await client.query(`UPDATE "ScoreLine" SET points = points + 1, version = version + 1 WHERE id = $1`, [
        rows[0].id,
      ]);
    else
      await client.query(
        `UPDATE "Task" SET "completionShare" = 10000 - "completionShare", version = version + 1 WHERE id = (SELECT id FROM "Task" WHERE "blocYearId" = $1 LIMIT 1)`,
        [blocYearId],
      );
    return started;
  } finally {
    await client.end();
  }
}

async function scenario(apps: AppServer[], ids: { blocId: string; blocYearId: string }, dbUrl: string) {
  const cookie = await signInCookie(apps[0]!.url, "thuky.ktkt");
  const screens: Screen[] = [];
  for (let i = 0; i < SCREENS; i += 50) {
    const batch = Array.from({ length: Math.min(50, SCREENS - i) }, (_, k) => {
      const app = apps[(i + k) % apps.length]!;
      return openScreen(
        `${app.url}/api/su-kien/${ids.blocYearId}`,
        `${app.url}/hoi-nghi/${ids.blocId}/2024/du-lieu`,
        cookie,
      );
    });
    screens.push(...(await Promise.all(batch)));
  }
  const started = await saveOneScore(dbUrl, ids.blocYearId);
  const notified = (await Promise.all(screens.map((s) => s.notified)))
    .map((t) => t - started)
    .sort((a, b) => a - b);
  const updated = (await Promise.all(screens.map((s) => s.updated)))
    .map((t) => t - started)
    .sort((a, b) => a - b);
  for (const screen of screens) screen.close();
  const round = (n: number) => Math.round(n);
  return {
    instances: apps.length,
    screens: SCREENS,
    notifiedP50: round(percentile(notified, 50)),
    notifiedP95: round(percentile(notified, 95)),
    notifiedMax: round(notified.at(-1) ?? Number.NaN),
    updatedP50: round(percentile(updated, 50)),
    updatedP95: round(percentile(updated, 95)),
    updatedMax: round(updated.at(-1) ?? Number.NaN),
  };
}

async function main() {
  const name = uniqueDatabaseName("thidua_bench_live");
  await createDatabase(SERVER, name);
  const dbUrl = databaseUrl(SERVER, name);
  const env = { DATABASE_URL: dbUrl };
  const apps: AppServer[] = [];
  try {
    const ids = await seedDatabase(env);
    for (const port of PORTS) apps.push(await startApp(port, env));
    const results = [await scenario(apps.slice(0, 1), ids, dbUrl), await scenario(apps, ids, dbUrl)];
    for (const r of results) {
      console.log(
        `${r.instances} instance(s), ${r.screens} screens: notified p50 ${r.notifiedP50} ms, p95 ${r.notifiedP95} ms, max ${r.notifiedMax} ms; updated (new data on screen) p50 ${r.updatedP50} ms, p95 ${r.updatedP95} ms, max ${r.updatedMax} ms (goal p95 ≤ 1000 ms)`,
      );
      console.log(JSON.stringify({ bench: "live-screens", ...r, goalMs: 1000 }));
    }
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await dropDatabase(SERVER, name);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
