import { connectDatabase, type DatabaseConnection } from "./connect";

// One connection per server process. Kept on globalThis because Next evaluates this module
// in several bundles (instrumentation, routes) and re-evaluates it on hot reload; a second
// PGlite on the same data folder would corrupt it.
const globalForDb = globalThis as typeof globalThis & { thiduaDatabase?: DatabaseConnection };

export function getDatabase(): DatabaseConnection {
  globalForDb.thiduaDatabase ??= connectDatabase();
  return globalForDb.thiduaDatabase;
}
