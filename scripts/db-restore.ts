import { readArchiveFile } from "../src/server/backup/archive-file";
import { restoreBackup } from "../src/server/backup/restore-backup";
import { connectDatabase } from "../src/server/database/connect";

// `npm run db:restore <file>`: loads a backup into the empty database the environment names
// (DATABASE_URL, or the PGlite folder PGLITE_DATA_DIR / .data/pglite — with the app stopped).
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore <backup file>");
    return 2;
  }
  const started = performance.now();
  // Verified before the database is opened: a damaged file changes nothing.
  const archive = await readArchiveFile(file);
  const connection = connectDatabase();
  try {
    const result = await restoreBackup(connection.backend, archive, { log: (line) => console.log(line) });
    const elapsed = Math.round(performance.now() - started);
    const { createdAt } = archive.manifest;
    console.log(
      `Restored ${file} (taken ${createdAt}): ${result.tables} tables, ${result.rows} rows (${elapsed} ms).`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

// Exit explicitly: a pg pool or PGlite worker can keep Node alive after the work is done.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error && error.name === "BackupError" ? error.message : error);
    process.exit(1);
  },
);
