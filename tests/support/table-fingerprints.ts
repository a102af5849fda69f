import { type DatabaseBackend, openSqlSession } from "@/server/database/backend";

export type TableFingerprint = { rows: number; md5: string };

/**
 * Every base table's row count and a hash of its rows as PostgreSQL itself prints them (record
 * text, sorted bytewise): independent of the backup's own encoding, so a lossy encoding that
 * round-trips consistently still shows up. The migration runner's table is left out.
 */
export async function tableFingerprints(backend: DatabaseBackend): Promise<Record<string, TableFingerprint>> {
  const session = await openSqlSession(backend);
  try {
    await session.query(`SET TimeZone = 'UTC'`);
    const tables = await session.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND table_name <> '_prisma_migrations'
        ORDER BY table_name COLLATE "C"`,
    );
    const fingerprints: Record<string, TableFingerprint> = {};
    for (const { name } of tables as { name: string }[]) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const [row] = await session.query(
        `SELECT count(*)::int AS rows,
                md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5
           FROM ${quoted} AS t`,
      );
      fingerprints[name] = { rows: row!.rows as number, md5: row!.md5 as string };
    }
    return fingerprints;
  } finally {
    await session.close();
  }
}
