import type { AppPrismaClient, AppTransaction } from "./connect";

/**
 * Plain rows of one parameterised statement ($1, $2…), straight from the driver: for the few
 * long reads where Prisma's raw-result mapping costs more than the query (a province ranking's
 * 8,000 score lines: 17–24 ms through Prisma, 7–8 ms from the pool; bench:province). The
 * statement must return only what both drivers give alike: text, int4, float8, bool, json.
 */
export type RowReader = <T>(sql: string, values: readonly unknown[]) => Promise<T[]>;

const readers = new WeakMap<object, RowReader>();

/** Set by createPrismaClient: the driver under that client. */
export function registerRowReader(prisma: AppPrismaClient, reader: RowReader): void {
  readers.set(prisma, reader);
}

/**
 * The driver under a Prisma client; a transaction (one connection, one snapshot) or a client
 * made without one reads through Prisma, with the same rows.
 */
export function rowReaderOf(prisma: AppPrismaClient | AppTransaction): RowReader {
  return (
    readers.get(prisma) ??
    (<T>(sql: string, values: readonly unknown[]) => prisma.$queryRawUnsafe<T[]>(sql, ...values))
  );
}
