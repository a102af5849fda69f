import { rm } from "node:fs/promises";
import autocannon from "autocannon";
import { seedDatabase, signInCookie, startApp, type BenchEnv } from "./support/next-app";
import { cpuMs, launchChromium, measurePageViews, type ViewRequest } from "./support/page-views";

// `npm run bench:ranking-page`: requests/s of the rankings page's document (a prerendered shell)
// and of its data request, as ratios of a static page on the same built server in the same run
// (goal ≥ 0.5); then whole page views in Chromium: requests and server CPU per view (goal ≤ 60 ms),
// and whole views replayed under load as a share of the static file's requests/s (goal ≥ 0.2). The
// static references: "/" (the router's redirect to /khoi) and /icon.svg (a prerendered file); both
// pass the proxy as every page does. Build first (NEXT_DIST_DIR as for the build).
// A fresh embedded database unless DATABASE_URL names PostgreSQL (then it must be empty or seeded).
const PORT = Number(process.env.BENCH_PORT ?? 3128);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

let serverPid = 0;

async function measure(url: string, cookie?: string, requests?: ViewRequest[]) {
  const cpuBefore = serverPid ? cpuMs(serverPid) : 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: cookie ? { cookie } : {},
    ...(requests && {
      requests: requests.map(({ path, headers }) => ({
        path,
        headers: { ...headers, cookie: cookie ?? "" },
      })),
    }),
  });
  const ok = result["2xx"] + result["3xx"];
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p95Ms: result.latency.p97_5,
    errors: result.errors + result.non2xx - result["3xx"],
    ok,
    serverCpuMsPerRequest: serverPid ? (cpuMs(serverPid) - cpuBefore) / Math.max(ok, 1) : 0,
  };
}

async function main() {
  const dataDir = `.data/bench-ranking-${PORT}`;
  await rm(dataDir, { recursive: true, force: true });
  const env: BenchEnv = process.env.DATABASE_URL ? {} : { PGLITE_DATA_DIR: dataDir };
  const { blocId } = await seedDatabase(env);
  const app = await startApp(PORT, env);
  serverPid = app.pid;
  try {
    const cookie = await signInCookie(app.url, "thuky.ktkt");
    const target = `/khoi/${blocId}/2024/xep-hang`;
    const dataPath = `/api/xep-hang/${blocId}/2024`;
    const probe = await fetch(`${app.url}${dataPath}`, { headers: { cookie } });
    if (!probe.ok) throw new Error(`The rankings data answered ${probe.status}`);
    // Warm both paths up so neither pays for first-request compilation of its chunks.
    await measure(`${app.url}/`, undefined);
    const staticPage = await measure(`${app.url}/`);
    const staticFile = await measure(`${app.url}/icon.svg`);
    const rankings = await measure(`${app.url}${target}`, cookie);
    const rankingData = await measure(`${app.url}${dataPath}`, cookie);
    // For comparison: the conference screen's data route (one ranking computation per request).
    const conferencePath = `/hoi-nghi/${blocId}/2024/du-lieu`;
    const conference = await measure(`${app.url}${conferencePath}`, cookie);
    // For scale: the lightest signed-in page (the list of blocs), i.e. what any server-rendered
    // page with a session costs on this machine before it shows anything of its own.
    const blocList = await measure(`${app.url}/khoi`, cookie);
    const ratio = rankings.requestsPerSecond / staticFile.requestsPerSecond;
    const dataRatio = rankingData.requestsPerSecond / staticFile.requestsPerSecond;
    const line = (name: string, m: Awaited<ReturnType<typeof measure>>) =>
      console.log(
        `${name}: ${m.requestsPerSecond} req/s, ${m.serverCpuMsPerRequest.toFixed(2)} ms server CPU each (p97.5 ${m.p95Ms} ms, errors ${m.errors})`,
      );
    line('static "/" (redirect)', staticPage);
    line("static /icon.svg", staticFile);
    line(`${target} (shell)`, rankings);
    line(`${dataPath} (its data)`, rankingData);
    line(conferencePath, conference);
    line("/khoi (lightest signed-in page)", blocList);
    console.log(
      `ratios to the static file: shell ${ratio.toFixed(2)}, its data ${dataRatio.toFixed(2)} (goal ≥ 0.5)`,
    );
    const browser = await launchChromium();
    const views = await measurePageViews({
      browser,
      baseUrl: app.url,
      cookie,
      path: target,
      serverPid: app.pid,
      views: Number(process.env.BENCH_VIEWS ?? 20),
    }).finally(() => browser.close());
    // Whole views under load: the requests of one Chromium view (its headers, the session cookie),
    // sent in order over and over on each connection, as autocannon sends the static file.
    const replay = await measure(app.url, cookie, views.lastView);
    const viewsPerSecond = replay.requestsPerSecond / Math.max(views.lastView.length, 1);
    const viewRatio = viewsPerSecond / staticFile.requestsPerSecond;
    const { firstView } = views;
    console.log(
      `first view, nothing cached: ${firstView.requests} requests; JavaScript ${firstView.scriptKb} KB, fonts ${firstView.fontKb} KB, document ${firstView.documentKb} KB (transferred)`,
    );
    console.log(
      `whole page views of ${target} in Chromium: ${views.requestsPerView} requests (${views.streams.length} of them an event stream held open) and ${views.serverCpuMsPerView} ms of server CPU per view, the stream's opening included (goal ≤ 60 ms); views one after another`,
    );
    console.log(
      `whole views replayed (${views.lastView.map(({ path }) => path.split("?")[0]).join(", ")}; an open stream cannot be replayed): ${viewsPerSecond.toFixed(0)} views/s (errors ${replay.errors}) → ${viewRatio.toFixed(3)} of the static file's req/s (goal ≥ 0.2)`,
    );
    console.log(
      JSON.stringify({
        bench: "ranking-page",
        database: process.env.DATABASE_URL ? "postgres" : "pglite",
        target,
        staticRps: staticPage.requestsPerSecond,
        staticFileRps: staticFile.requestsPerSecond,
        rankingRps: rankings.requestsPerSecond,
        rankingDataRps: rankingData.requestsPerSecond,
        conferenceDataRps: conference.requestsPerSecond,
        signedInBaselineRps: blocList.requestsPerSecond,
        ratio: Number(ratio.toFixed(3)),
        goal: 0.5,
        requestsPerView: views.requestsPerView,
        streamsPerView: views.streams.length,
        serverCpuMsPerView: views.serverCpuMsPerView,
        viewsPerSecond: Math.round(viewsPerSecond),
        viewRatio: Number(viewRatio.toFixed(3)),
        firstView,
      }),
    );
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
