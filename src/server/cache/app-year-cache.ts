import "server-only";
import { watchBlocYear } from "@/server/notify/watch-bloc-year";
import { YearCache } from "./year-cache";

// One cache per server process, on globalThis because Next evaluates server modules in several
// bundles. It listens through the process's one LISTEN connection (notify/watch-bloc-year).
const globalForCache = globalThis as typeof globalThis & { thiduaYearCache?: YearCache };

export function appYearCache(): YearCache {
  globalForCache.thiduaYearCache ??= new YearCache(watchBlocYear);
  return globalForCache.thiduaYearCache;
}
