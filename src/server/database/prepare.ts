import type { DatabaseConnection } from "./connect";
import { applyMigrations } from "./migrate";
import { openSqlSession } from "./backend";
import { seedDemo } from "../seed/seed-demo";

export type PrepareResult = { applied: string[]; seeded: boolean };

/** Brings the database to the current schema and, when asked, loads the demo bloc into an empty one. */
export async function prepareDatabase(
  connection: DatabaseConnection,
  options: { seedDemo: boolean },
): Promise<PrepareResult> {
  const session = await openSqlSession(connection.backend);
  try {
    const { applied } = await applyMigrations(session);
    const { seeded } = options.seedDemo ? await seedDemo(connection.prisma) : { seeded: false };
    return { applied, seeded };
  } finally {
    await session.close();
  }
}
