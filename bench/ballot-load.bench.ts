import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueDatabaseName,
} from "../tests/support/postgres-admin";
import { demoWorld } from "../tests/factories/demo";
import { openBallotSchema } from "@/schemas/ballot/ballot";
import { connectDatabase, type AppPrismaClient } from "@/server/database/connect";
import { closeBallot } from "@/server/mutations/ballot/close-ballot";
import { openBallot } from "@/server/mutations/ballot/open-ballot";
import { percentile, seedDatabase, startApp, type AppServer } from "./support/next-app";
import { serverActionId } from "./support/score-editor";

// `npm run bench:ballot` (build first): a bloc of 100 member units opens a phones' ballot on two
// candidates, and 100 delegates send their papers within 10 s to one app instance over
// PostgreSQL, through the voting page's own server action. Goals: no error, every paper counted.
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 100);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3129);
const ACTIONS_FILE = "src/app/bo-phieu/actions.ts";

/** The demo's KTKT 2024 grown to `members` member units (bench set-up, straight into the tables). */
async function growBloc(prisma: AppPrismaClient, blocYearId: string, members: number) {
  const year = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { bloc: { select: { provinceId: true } }, _count: { select: { memberships: true } } },
  });
  for (let n = year._count.memberships + 1; n <= members; n++) {
    const unit = await prisma.unit.create({
      data: {
        provinceId: year.bloc.provinceId,
        code: `BENCH${n}`,
        names: {
          create: { name: `Đơn vị thử số ${n}`, shortName: `ĐV${n}`, validFrom: new Date("2020-01-01") },
        },
      },
      select: { id: true },
    });
    await prisma.membership.create({
      data: { blocYearId, unitId: unit.id, joinedOn: new Date("2024-01-01") },
    });
  }
  await prisma.blocYear.update({ where: { id: blocYearId }, data: { status: "REVIEW" } });
}

/** One paper through the server action, as the phone's form sends it (React's reply encoding). */
async function castOnePaper(app: AppServer, actionId: string, code: string, choices: Record<string, string>) {
  const body = new FormData();
  // The form's fields under the reference's prefix first, then the arguments that point at them.
  body.append("_1_code", code);
  for (const [candidateId, choice] of Object.entries(choices)) body.append(`_1_phieu-${candidateId}`, choice);
  body.append("0", JSON.stringify([null, "$K1"]));
  const started = performance.now();
  const response = await fetch(`${app.url}/bo-phieu/${code}`, {
    method: "POST",
    headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: app.url },
    body,
  });
  const text = await response.text();
  const ok = response.status === 200 && /"ok":true/.test(text);
  return { ms: performance.now() - started, error: ok ? null : `${response.status} ${text.slice(0, 200)}` };
}

async function main() {
  const name = uniqueDatabaseName("thidua_bench_ballot");
  await createDatabase(SERVER, name);
  const dbUrl = databaseUrl(SERVER, name);
  const connection = connectDatabase({ ...process.env, DATABASE_URL: dbUrl } as NodeJS.ProcessEnv);
  let app: AppServer | undefined;
  try {
    const ids = await seedDatabase({ DATABASE_URL: dbUrl });
    const { prisma } = connection;
    await growBloc(prisma, ids.blocYearId, DELEGATES);
    const secretariat = (await demoWorld(prisma)).user("thuky.ktkt");
    const units = await prisma.membership.findMany({ where: { blocYearId: ids.blocYearId }, take: 2 });
    const { rules } = await prisma.blocYear.findUniqueOrThrow({ where: { id: ids.blocYearId } });
    const award = (rules as { awards: { code: string }[] }).awards[0]!.code;
    const ballot = await openBallot(
      prisma,
      secretariat,
      openBallotSchema.parse({
        blocYearId: ids.blocYearId,
        candidates: units.map((u) => `${u.unitId}:${award}`),
      }),
    );
    const codes = await prisma.ballotCode.findMany({
      where: { ballotId: ballot.id },
      select: { code: true },
    });
    const candidates = await prisma.ballotCandidate.findMany({
      where: { ballotId: ballot.id },
      select: { id: true },
    });
    app = await startApp(PORT, { DATABASE_URL: dbUrl });
    const actionId = serverActionId("castBallotAction", ACTIONS_FILE);
    const started = performance.now();
    const results = await Promise.all(
      codes.map(({ code }, i) =>
        new Promise((resolve) => setTimeout(resolve, (i * WINDOW_MS) / codes.length)).then(() =>
          castOnePaper(
            app!,
            actionId,
            code,
            Object.fromEntries(candidates.map((c, k) => [c.id, k === 0 || i % 3 ? "AGREE" : "DISAGREE"])),
          ),
        ),
      ),
    );
    const elapsed = performance.now() - started;
    const errors = results.flatMap((result) => (result.error ? [result.error] : []));
    const papers = await prisma.ballotPaper.count({ where: { ballotId: ballot.id } });
    const ballotRow = await prisma.ballot.findUniqueOrThrow({
      where: { id: ballot.id },
      select: { version: true },
    });
    const outcome = await closeBallot(prisma, secretariat, {
      ballotId: ballot.id,
      version: ballotRow.version,
    });
    const sorted = results.map((result) => result.ms).sort((a, b) => a - b);
    const round = Math.round;
    console.log(
      `${codes.length} delegates within ${round(elapsed)} ms (PostgreSQL, one instance): ${papers} papers stored, ${errors.length} errors; paper p50 ${round(percentile(sorted, 50))} ms, p95 ${round(percentile(sorted, 95))} ms, max ${round(sorted.at(-1) ?? NaN)} ms; closed: ${outcome.papers}/${outcome.electorate} papers, first candidate ${outcome.candidates[0]?.agree} agree`,
    );
    for (const error of errors.slice(0, 5)) console.log(`  error: ${error}`);
    console.log(
      JSON.stringify({
        bench: "ballot-load",
        delegates: codes.length,
        papers,
        errors: errors.length,
        p95Ms: round(percentile(sorted, 95)),
      }),
    );
    if (errors.length > 0 || papers !== codes.length) process.exitCode = 1;
  } finally {
    await app?.stop();
    await connection.close();
    await dropDatabase(SERVER, name);
  }
}

await main();
