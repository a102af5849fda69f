import pg from "pg";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueDatabaseName,
} from "../tests/support/postgres-admin";
import { percentile, seedDatabase, signInCookie, startApp, type AppServer } from "./support/next-app";
import { cpuMs } from "./support/page-views";
import { saveCellOverHttp } from "./support/score-editor";
import { openScreen, type Screen } from "./support/sse-screen";

// `npm run bench:load` (build first): 500 open conference screens (SSE) while 50 secretaries each
// save a score cell of the final stage once a second for 60 s, through the grid's own route, on
// one app instance over PostgreSQL. Goals: no error, save p95 ≤ 300 ms, and every
// screen ends on the final ranking. The 60 s are timed after BENCH_WARMUP seconds (15) of the
// same load, as on a server that has been up for a while: a process just started runs its code
// unoptimised until V8 has compiled the hot paths (here ~10-15 s under this load, each save then
// costing about twice the CPU). Those first seconds are printed apart, as "cold". BENCH_INSTANCES=2 runs two instances on the one database
// (one per core, as a province scales out) and spreads editors and screens over them in turn,
// as a load balancer would: a screen then also follows saves made through the other instance.
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SCREENS = Number(process.env.BENCH_SCREENS ?? 500);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3128);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);

type Cell = { unitId: string; criterionId: string };

/** The typed leaves (manual, bonus, deduction) of the year's score table × its members. */
async function editableCells(dbUrl: string, blocYearId: string): Promise<Cell[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Cell>(
      `SELECT m."unitId", c.id AS "criterionId"
       FROM "Membership" m
       JOIN "ScoreTable" t ON t."blocYearId" = m."blocYearId"
       JOIN "Criterion" c ON c."scoreTableId" = t.id AND c.kind IN ('MANUAL', 'BONUS', 'DEDUCTION')
       WHERE m."blocYearId" = $1 AND NOT EXISTS (SELECT 1 FROM "Criterion" k WHERE k."parentId" = c.id)
       ORDER BY c.code, m."unitId"`,
      [blocYearId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

type EditorLog = { latencies: number[]; errors: string[] };

/**
 * One secretary saving one cell once a second until the deadline, 0,5 and 1 point in turn; a
 * save started before `timedFrom` goes to the cold log.
 */
async function runEditor(options: {
  app: { url: string };
  cookie: string;
  cell: Cell;
  timedFrom: number;
  until: number;
  logs: { cold: EditorLog; timed: EditorLog };
}): Promise<void> {
  let version = 0;
  for (let tick = 0; performance.now() < options.until; tick += 1) {
    const started = performance.now();
    const { status, result } = await saveCellOverHttp({
      baseUrl: options.app.url,
      cookie: options.cookie,
      cell: {
        ...options.cell,
        stage: "FINAL",
        points: tick % 2 ? "1" : "0,5",
        explanation: null,
        evidenceUrl: null,
        version,
      },
    }).catch((error: unknown) => ({ status: 0, result: String(error) }));
    const log = started < options.timedFrom ? options.logs.cold : options.logs.timed;
    log.latencies.push(performance.now() - started);
    const saved = result as { ok?: boolean; data?: { version: number }; formError?: string };
    if (status === 200 && saved.ok && saved.data) version = saved.data.version;
    else log.errors.push(`${status} ${JSON.stringify(result).slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 1000 - performance.now())));
  }
}

/** How many screens show exactly the rows the data route gives now, polled until all do or 10 s pass. */
async function screensOnFinal(screens: Screen[], dataUrl: string, cookie: string): Promise<number> {
  const deadline = performance.now() + 10_000;
  let matching = 0;
  while (performance.now() < deadline) {
    const final = JSON.stringify(
      ((await (await fetch(dataUrl, { headers: { cookie } })).json()) as { rows: unknown[] }).rows,
    );
    matching = screens.filter((screen) => JSON.stringify(screen.rows()) === final).length;
    if (matching === screens.length) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return matching;
}

async function main() {
  const name = uniqueDatabaseName("thidua_bench_load");
  await createDatabase(SERVER, name);
  const dbUrl = databaseUrl(SERVER, name);
  const apps: AppServer[] = [];
  try {
    const ids = await seedDatabase({ DATABASE_URL: dbUrl });
    const cells = (await editableCells(dbUrl, ids.blocYearId)).slice(0, EDITORS);
    for (let i = 0; i < INSTANCES; i += 1) apps.push(await startApp(PORT + i, { DATABASE_URL: dbUrl }));
    // The instances share the session secret: one sign-in serves them all.
    const cookie = await signInCookie(apps[0]!.url, "thuky.ktkt");
    const appFor = (i: number) => apps[i % apps.length]!;
    const dataUrlOf = (app: AppServer) => `${app.url}/hoi-nghi/${ids.blocId}/2024/du-lieu`;
    const dataUrl = dataUrlOf(apps[0]!);
    const screens: Screen[] = [];
    for (let i = 0; i < SCREENS; i += 50) {
      const batch = Array.from({ length: Math.min(50, SCREENS - i) }, (_, j) => {
        const app = appFor(i + j);
        return openScreen(`${app.url}/api/su-kien/${ids.blocYearId}`, dataUrlOf(app), cookie);
      });
      screens.push(...(await Promise.all(batch)));
    }
    const logs: { cold: EditorLog; timed: EditorLog } = {
      cold: { latencies: [], errors: [] },
      timed: { latencies: [], errors: [] },
    };
    const log: EditorLog = logs.timed;
    const timedFrom = performance.now() + WARMUP_SECONDS * 1000;
    const until = timedFrom + SECONDS * 1000;
    const serverCpu = () => apps.reduce((sum, app) => sum + cpuMs(app.pid), 0);
    let cpuBefore = serverCpu();
    // The server's CPU while the timed editors save: their saves and every push to the screens.
    setTimeout(() => (cpuBefore = serverCpu()), WARMUP_SECONDS * 1000);
    await Promise.all(
      cells.map((cell, i) =>
        new Promise((resolve) => setTimeout(resolve, (i * 1000) / cells.length)).then(() =>
          runEditor({ app: appFor(i), cookie, cell, timedFrom, until, logs }),
        ),
      ),
    );
    const serverCpuMs = serverCpu() - cpuBefore;
    const cold = [...logs.cold.latencies].sort((a, b) => a - b);
    const onFinal = await screensOnFinal(screens, dataUrl, cookie);
    for (const screen of screens) screen.close();
    const sorted = [...log.latencies].sort((a, b) => a - b);
    const round = Math.round;
    console.log(
      `${cells.length} editors × ${SECONDS} s beside ${SCREENS} screens (PostgreSQL, ${INSTANCES === 1 ? "one instance" : `${INSTANCES} instances`}): ${sorted.length} saves, ${log.errors.length} errors; save p50 ${round(percentile(sorted, 50))} ms, p95 ${round(percentile(sorted, 95))} ms, max ${round(sorted.at(-1) ?? NaN)} ms (goal p95 ≤ 300 ms); ${onFinal}/${screens.length} screens on the final ranking; server CPU ${round(serverCpuMs / sorted.length)} ms per save (${round(serverCpuMs / (SECONDS * 10))} % of one core${INSTANCES === 1 ? "" : ", all instances"})`,
    );
    if (WARMUP_SECONDS > 0)
      console.log(
        `cold (the first ${WARMUP_SECONDS} s after start, not timed): ${cold.length} saves, ${logs.cold.errors.length} errors; save p50 ${round(percentile(cold, 50))} ms, p95 ${round(percentile(cold, 95))} ms, max ${round(cold.at(-1) ?? NaN)} ms`,
      );
    for (const error of [...logs.cold.errors, ...log.errors].slice(0, 5)) console.log(`  error: ${error}`);
    console.log(
      JSON.stringify({
        bench: "live-load",
        instances: INSTANCES,
        editors: cells.length,
        seconds: SECONDS,
        screens: SCREENS,
        warmupSeconds: WARMUP_SECONDS,
        saves: sorted.length,
        errors: log.errors.length,
        coldSaves: cold.length,
        coldErrors: logs.cold.errors.length,
        coldP95: round(percentile(cold, 95)),
        saveP50: round(percentile(sorted, 50)),
        saveP95: round(percentile(sorted, 95)),
        screensOnFinal: onFinal,
        serverCpuMsPerSave: round(serverCpuMs / sorted.length),
      }),
    );
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
