import { rm } from "node:fs/promises";
import autocannon from "autocannon";
import { seedDatabase, signInCookie, startApp, type BenchEnv } from "./support/next-app";
import { cpuMs, launchChromium, measurePageViews } from "./support/page-views";

// `npm run bench:ranking-page`: requests/s of the rankings page as a ratio of a static page, on
// the same built server in the same run (goal ≥ 0.5); then whole page views in Chromium: requests
// and server CPU per view (goal ≤ 60 ms), and views/s the server's CPU would allow as a share of
// static requests/s (goal ≥ 0.2). Build first (NEXT_DIST_DIR as for the build).
// A fresh embedded database unless DATABASE_URL names PostgreSQL (then it must be empty or seeded).
const PORT = Number(process.env.BENCH_PORT ?? 3128);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

let serverPid = 0;

async function measure(url: string, cookie?: string) {
  const cpuBefore = serverPid ? cpuMs(serverPid) : 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: cookie ? { cookie } : {},
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
    const rankingPath = `/khoi/${blocId}/2024/xep-hang`;
    const probe = await fetch(`${app.url}${rankingPath}`, { headers: { cookie } });
    const target = probe.ok ? rankingPath : `/hoi-nghi/${blocId}/2024/du-lieu`;
    if (!probe.ok)
      console.log(`Rankings page answered ${probe.status}: benchmarking the conference data route instead.`);
    // Warm both paths up so neither pays for first-request compilation of its chunks.
    await measure(`${app.url}/`, undefined);
    const staticPage = await measure(`${app.url}/`);
    const rankings = await measure(`${app.url}${target}`, cookie);
    // For comparison: the conference screen's data route (one ranking computation per request).
    const conferencePath = `/hoi-nghi/${blocId}/2024/du-lieu`;
    const conference =
      target === conferencePath ? rankings : await measure(`${app.url}${conferencePath}`, cookie);
    // For scale: the lightest signed-in page (the list of blocs), i.e. what any server-rendered
    // page with a session costs on this machine before it shows anything of its own.
    const blocList = await measure(`${app.url}/khoi`, cookie);
    const ratio = rankings.requestsPerSecond / staticPage.requestsPerSecond;
    console.log(
      `static page "/":      ${staticPage.requestsPerSecond} req/s (p97.5 ${staticPage.p95Ms} ms, errors ${staticPage.errors})`,
    );
    console.log(
      `${target}: ${rankings.requestsPerSecond} req/s (p97.5 ${rankings.p95Ms} ms, errors ${rankings.errors})`,
    );
    console.log(
      `${conferencePath}: ${conference.requestsPerSecond} req/s (p97.5 ${conference.p95Ms} ms, errors ${conference.errors})`,
    );
    console.log(
      `/khoi (lightest signed-in page): ${blocList.requestsPerSecond} req/s (p97.5 ${blocList.p95Ms} ms, errors ${blocList.errors})`,
    );
    console.log(
      `ratio ${ratio.toFixed(2)} (goal ≥ 0.5); rankings / lightest signed-in page ${(rankings.requestsPerSecond / blocList.requestsPerSecond).toFixed(2)}`,
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
    const viewRatio = staticPage.serverCpuMsPerRequest / Math.max(views.serverCpuMsPerView, 0.001);
    const { firstView } = views;
    console.log(
      `first view, nothing cached: ${firstView.requests} requests; JavaScript ${firstView.scriptKb} KB, fonts ${firstView.fontKb} KB, document ${firstView.documentKb} KB (transferred)`,
    );
    console.log(
      `whole page views of ${target} in Chromium: ${views.requestsPerView} requests and ${views.serverCpuMsPerView} ms of server CPU per view (goal ≤ 60 ms); static "/" ${staticPage.serverCpuMsPerRequest.toFixed(2)} ms per request → views at ${viewRatio.toFixed(3)} of static (goal ≥ 0.2)`,
    );
    console.log(
      JSON.stringify({
        bench: "ranking-page",
        database: process.env.DATABASE_URL ? "postgres" : "pglite",
        target,
        staticRps: staticPage.requestsPerSecond,
        rankingRps: rankings.requestsPerSecond,
        conferenceDataRps: conference.requestsPerSecond,
        signedInBaselineRps: blocList.requestsPerSecond,
        ratio: Number(ratio.toFixed(3)),
        goal: 0.5,
        requestsPerView: views.requestsPerView,
        serverCpuMsPerView: views.serverCpuMsPerView,
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
