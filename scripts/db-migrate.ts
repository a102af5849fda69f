import { connectDatabase } from "../src/server/database/connect";
import { prepareDatabase } from "../src/server/database/prepare";

// `npm run db:migrate`: applies pending migrations to the database the environment names
// (DATABASE_URL or the embedded PGlite folder). The app also does this when it starts.
async function main(): Promise<number> {
  const connection = connectDatabase();
  try {
    const { applied } = await prepareDatabase(connection, { seedDemo: false });
    console.log(applied.length === 0 ? "Database is up to date." : `Applied: ${applied.join(", ")}`);
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
