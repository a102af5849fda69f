import pg from "pg";
import { parse } from "pg-connection-string";
import { BLOC_YEAR_CHANGED_CHANNEL, type DatabaseListener, type ListenCallbacks } from "./channel";

export type ReconnectOptions = { firstDelayMs?: number; maxDelayMs?: number };

/**
 * One dedicated connection (LISTEN belongs to a session, so not a pool connection) that keeps
 * listening: when it drops it reconnects with exponential backoff, then asks for a resync since
 * notices sent while it was away are gone.
 */
export async function listenPostgres(
  url: string,
  callbacks: ListenCallbacks,
  options: ReconnectOptions = {},
): Promise<DatabaseListener> {
  const firstDelay = options.firstDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 10_000;
  let client: pg.Client | null = null;
  let closed = false;
  let delay = firstDelay;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client(parse(url) as pg.ClientConfig);
    next.on("notification", (message) => {
      if (message.channel === BLOC_YEAR_CHANGED_CHANNEL && message.payload)
        callbacks.onChange(message.payload);
    });
    next.on("error", (error) => dropped(next, error));
    next.on("end", () => dropped(next, null));
    await next.connect();
    await next.query(`LISTEN ${BLOC_YEAR_CHANGED_CHANNEL}`);
    if (closed) return void next.end().catch(() => {});
    client = next;
    delay = firstDelay;
  };

  const dropped = (which: pg.Client, error: unknown) => {
    if (closed || client !== which) return;
    client = null;
    if (error) callbacks.onError?.(error);
    which.end().catch(() => {});
    scheduleRetry();
  };

  const scheduleRetry = () => {
    retryTimer = setTimeout(() => {
      connect().then(
        () => callbacks.onResync?.(),
        (error: unknown) => {
          callbacks.onError?.(error);
          delay = Math.min(delay * 2, maxDelay);
          if (!closed) scheduleRetry();
        },
      );
    }, delay);
    retryTimer.unref();
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
