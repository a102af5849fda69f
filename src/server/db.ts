import "server-only";
import type { DatabaseConnection } from "./database/connect";
import { getDatabase } from "./database/instance";

/**
 * The one Prisma client of the app, opened on first use so that importing a module
 * (as `next build` does) never opens the database.
 */
export const db = new Proxy({} as DatabaseConnection["prisma"], {
  get(_target, property) {
    const prisma = getDatabase().prisma;
    const value: unknown = Reflect.get(prisma, property);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});
