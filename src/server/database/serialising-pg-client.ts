import pg from "pg";

/** The last query sent on each client: the next one waits for it to settle. */
const lastQuery = new WeakMap<pg.Client, Promise<unknown>>();

const sendQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * A pg client that sends its queries one after another. Prisma's query interpreter loads the
 * relations of one read (a bloc-year with its memberships, tasks, tallies…) in parallel; on a
 * transaction's single connection pg queues them anyway, but pg 8 warns ("client.query() when
 * the client is already executing a query", an error in pg 9). Chaining here keeps the order
 * and the results, without the deprecated path. Callback and cursor queries pass through.
 */
export class SerialisingPgClient extends pg.Client {}

SerialisingPgClient.prototype.query = function serialisedQuery(this: pg.Client, ...args: unknown[]) {
  const first = args[0] as { submit?: unknown } | undefined;
  if (typeof args.at(-1) === "function" || typeof first?.submit === "function")
    return sendQuery.apply(this, args);
  const send = () => sendQuery.apply(this, args);
  const previous = lastQuery.get(this) ?? Promise.resolve();
  const result = previous.then(send, send);
  lastQuery.set(
    this,
    result.catch(() => undefined),
  );
  return result;
} as pg.Client["query"];
