import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";
import { defaultMigrationsDir, readMigrationFiles } from "@/server/database/migration-files";

export type HealthReport =
  | { ok: true; database: "up"; pendingMigrations: [] }
  | { ok: false; database: "down" }
  | { ok: false; database: "up"; pendingMigrations: string[] };

/**
 * For a load balancer: the database answers and has every migration this build ships.
 * An instance whose schema is behind (or whose database is gone) should get no traffic.
 */
export async function checkHealth(
  prisma: AppPrismaClient,
  migrationsDir: string = defaultMigrationsDir(),
): Promise<HealthReport> {
  const shipped = await readMigrationFiles(migrationsDir);
  let applied: Set<string>;
  try {
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    console.error("[health] database unreachable", error);
    return { ok: false, database: "down" };
  }
  const pendingMigrations = shipped.map((file) => file.name).filter((name) => !applied.has(name));
  return pendingMigrations.length === 0
    ? { ok: true, database: "up", pendingMigrations: [] }
    : { ok: false, database: "up", pendingMigrations };
}
