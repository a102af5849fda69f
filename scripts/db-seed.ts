import { connectDatabase } from "../src/server/database/connect";
import { wantsDemoSeed } from "../src/server/database/demo-seed-setting";
import { prepareDatabase } from "../src/server/database/prepare";

// `npm run db:seed`: migrates the database the environment names (DATABASE_URL or PGlite), then
// loads the demo data if the database has no province yet — under the app's rule: never with
// SEED_DEMO=false, and with NODE_ENV=production only when SEED_DEMO=true.
async function main(): Promise<number> {
  const seedDemo = wantsDemoSeed(process.env);
  const connection = connectDatabase();
  try {
    const started = performance.now();
    const { applied, seeded } = await prepareDatabase(connection, { seedDemo });
    const elapsed = Math.round(performance.now() - started);
    const migrations = applied.length === 0 ? "no new migrations" : `${applied.length} migration(s) applied`;
    const seed = !seedDemo
      ? "demo seed not wanted (SEED_DEMO=false, or production without SEED_DEMO=true)"
      : seeded
        ? "demo data seeded"
        : "database already has a province: demo seed skipped";
    console.log(`${migrations}; ${seed} (${elapsed} ms)`);
    return 0;
  } finally {
    await connection.close();
  }
}

// Exit explicitly: a pg pool or PGlite worker can keep Node alive after the work is done.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
