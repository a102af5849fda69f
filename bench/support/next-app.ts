import { spawn, type ChildProcess } from "node:child_process";
import { connectDatabase } from "../../src/server/database/connect";
import { prepareDatabase } from "../../src/server/database/prepare";
import { DEMO_PASSWORD } from "../../src/server/seed/users";

export type AppServer = { url: string; pid: number; stop(): Promise<void> };

const SECRET = "bench-only-secret";

/** Migrates and seeds the database the env names (before any server opens it), returns the KTKT bloc id. */
export type BenchEnv = Record<string, string | undefined>;

export async function seedDatabase(env: BenchEnv): Promise<{ blocId: string; blocYearId: string }> {
  const connection = connectDatabase({ ...process.env, ...env } as NodeJS.ProcessEnv);
  try {
    await prepareDatabase(connection, { seedDemo: true });
    const blocYear = await connection.prisma.blocYear.findFirstOrThrow({
      where: { bloc: { code: "KTKT" }, year: 2024 },
      select: { id: true, blocId: true },
    });
    return { blocId: blocYear.blocId, blocYearId: blocYear.id };
  } finally {
    await connection.close();
  }
}

/** A built app (`next start`, NEXT_DIST_DIR as built) on a port, ready to answer. */
export async function startApp(port: number, env: BenchEnv): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load.
      ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      "node_modules/next/dist/bin/next",
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    {
      env: {
        ...process.env,
        ...env,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: SECRET,
        NEXT_TELEMETRY_DISABLED: "1",
        SEED_DEMO: "false",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  for (let attempt = 0; attempt < 300; attempt++) {
    const ready = await fetch(`${url}/dang-nhap`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) {
      return {
        url,
        pid: child.pid ?? 0,
        stop: () =>
          new Promise((resolve) => {
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`next start on port ${port} did not become ready`);
}

/** Signs in through next-auth's credentials endpoint as the form does; returns the Cookie header. */
export async function signInCookie(baseUrl: string, username: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response);
  if (!session.includes("session-token"))
    throw new Error(`sign-in as ${username} failed (${response.status})`);
  return `${jar}; ${session}`;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
