import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_SETUP_TOKEN } from "./tests/e2e/setup-token";

// Debian's Chromium unless CHROMIUM_PATH names another; neither: Playwright's own browser,
// where its installer could fetch one (scripts/ensure-chromium.sh).
const chromiumPath =
  process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// The onboarding journey's own server, on an empty database (no demo data).
const EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? PORT + 100);
const emptyBaseURL = `http://127.0.0.1:${EMPTY_PORT}`;
// The long journeys' own demo server, so they run beside the other specs (two cores, two streams).
const JOURNEYS_PORT = Number(process.env.E2E_JOURNEYS_PORT ?? PORT + 200);
const journeysBaseURL = `http://127.0.0.1:${JOURNEYS_PORT}`;
const JOURNEYS = /\/zz?-[^/]*\.spec\.ts$/;
// The demo bloc's specs in two halves of about equal length (~8 minutes each on the CI machine),
// each half on a demo server of its own, so both workers are busy from start to end.
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? PORT + 300);
const secondBaseURL = `http://127.0.0.1:${SECOND_PORT}`;
const SECOND_HALF =
  /\/(hidden-year-leak|members|rankings|score-table|scoring|security-headers|session-end|sign-in|tasks|unit-page|zzz-province-admin)\.spec\.ts$/;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

/** A built `next start` on a fresh demo data folder of its own, ready once its sign-in page answers. */
function demoServer(port: number) {
  return {
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `http://127.0.0.1:${port}/dang-nhap`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two streams at once, each project one file at a time in file order (each project has its own
  // server and data folder, so no spec sees another project's changes).
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // A test's whole budget: on a shared 2-core machine with two streams, four servers and the
  // ballot's phone contexts, a multi-step test of several sign-ins took 31 s in a clean-clone
  // run (9 s alone). Each wait still fails at the expect timeout below.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
  },
  projects: [
    // The demo bloc's specs, each half in file order on its own server (some change the demo data).
    {
      name: "chromium",
      testIgnore: [/onboarding\.spec\.ts$/, JOURNEYS, SECOND_HALF],
      use: chromium,
      workers: 1,
    },
    { name: "chromium-b", testMatch: SECOND_HALF, use: { ...chromium, baseURL: secondBaseURL }, workers: 1 },
    // The secretariat's journeys through whole years (z-, zz-): on a demo server of their own.
    { name: "journeys", testMatch: JOURNEYS, use: { ...chromium, baseURL: journeysBaseURL }, workers: 1 },
    // From an empty database through the browser only: first-run page, agencies, a bloc.
    {
      name: "onboarding",
      testMatch: /onboarding\.spec\.ts$/,
      use: { ...chromium, baseURL: emptyBaseURL },
      workers: 1,
    },
  ],
  webServer: [
    // A built app on a fresh embedded database seeded with the demo bloc (scripts/e2e-server.sh);
    // the same build on a second and a third demo data folder, for the other half and the journeys.
    demoServer(PORT),
    demoServer(SECOND_PORT),
    demoServer(JOURNEYS_PORT),
    // The same build on its own fresh, empty data folder, with a known setup token.
    {
      ...demoServer(EMPTY_PORT),
      command: `bash scripts/e2e-server.sh ${EMPTY_PORT} empty`,
      url: `${emptyBaseURL}/thiet-lap`,
      env: { SETUP_TOKEN: E2E_SETUP_TOKEN },
    },
  ],
});
