import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { writeArchiveFile } from "../src/server/backup/archive-file";
import { takeBackup } from "../src/server/backup/take-backup";
import { connectDatabase } from "../src/server/database/connect";

// `npm run db:backup [file]`: one consistent archive of the database the environment names
// (DATABASE_URL or the embedded PGlite folder), by default backups/thidua-<UTC time>.jsonl.gz.
async function main(): Promise<number> {
  const started = performance.now();
  const file = process.argv[2] ?? defaultBackupFile(new Date());
  const connection = connectDatabase();
  try {
    const archive = await takeBackup(connection.backend, { appVersion: await appVersion() });
    await writeArchiveFile(file, archive);
    const rows = archive.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const { size } = await stat(file);
    const elapsed = Math.round(performance.now() - started);
    console.log(
      `Backup written to ${file}: ${archive.manifest.tables.length} tables, ${rows} rows, ` +
        `${size} bytes (${elapsed} ms).`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

function defaultBackupFile(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  return path.join("backups", `thidua-${stamp}.jsonl.gz`);
}

async function appVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(process.cwd(), "package.json"), "utf8")) as {
    version?: string;
  };
  return manifest.version ?? "unknown";
}

// Exit explicitly: a pg pool or PGlite worker can keep Node alive after the work is done.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error && error.name === "BackupError" ? error.message : error);
    process.exit(1);
  },
);
