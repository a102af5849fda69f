import "server-only";
import type { ChangedPart } from "./channel";
import { watchBlocYear } from "./watch-bloc-year";

/** Proxies and browsers drop an idle connection; a comment line every 15 s keeps it open. */
const PING_INTERVAL_MS = 15_000;
/**
 * How long a stream waits after a change notice before it pushes: the changes of a busy moment
 * (fifty secretaries saving every second) go out as one push of a few per second, not one per
 * save to every screen, and a screen still shows a change well within a second.
 */
const PUSH_COALESCE_MS = 250;

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx would otherwise buffer the stream and deliver events late.
  "X-Accel-Buffering": "no",
} as const;

const encoder = new TextEncoder();
let lastDataEvent: { json: string; bytes: Uint8Array } | null = null;

/**
 * The `data` event of a push, encoded once for every stream that sends the same JSON (hundreds of
 * screens of one year get the very same string from the push cache).
 */
function dataEvent(json: string): Uint8Array {
  if (lastDataEvent?.json !== json)
    lastDataEvent = { json, bytes: encoder.encode(`event: data\ndata: ${json}\n\n`) };
  return lastDataEvent.bytes;
}

/**
 * What a stream sends when its bloc-year changes: the new data as one line of JSON, or null when
 * the viewer may no longer see it (the stream then closes).
 */
export type LoadPush = () => Promise<string | null>;

/** What a `changed` event names: a part of the year's data, or "year" for anything else of it. */
export type ChangedWhat = ChangedPart | "year";

/** `changed`, naming what changed since the last event (space-separated, e.g. "scores"). */
function changedEvent(what: ReadonlySet<ChangedWhat>): Uint8Array {
  return encoder.encode(`event: changed\ndata: ${[...what].join(" ")}\n\n`);
}

/**
 * A Server-Sent Events stream of the years a screen watches. A conference screen watches its year
 * and the next (whose elected roles it shows): on a change it is sent `data` with its new data
 * (`loadPush`), so hundreds of screens need no round trip each; if that fails, `changed` and it
 * re-fetches. A screen that reads only what it needs (the score grid) is sent `changed`, naming
 * what changed. Changes within PUSH_COALESCE_MS of each other, or during a push, are folded into
 * one push.
 */
export function blocYearEventStream(
  blocYearIds: readonly string[],
  signal: AbortSignal,
  loadPush: LoadPush | null,
): ReadableStream<Uint8Array> {
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let stopped = false;
      const send = (chunk: string | Uint8Array) => {
        try {
          controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        } catch {
          stop();
        }
      };
      let pushing = false;
      let again = false;
      const changed = new Set<ChangedWhat>();
      const push = async () => {
        if (pushing) return void (again = true);
        pushing = true;
        try {
          do {
            again = false;
            const what = new Set(changed);
            changed.clear();
            const json = loadPush ? await loadPush().catch(() => undefined) : undefined;
            if (stopped) return;
            if (json === null) return stop();
            send(json === undefined ? changedEvent(what) : dataEvent(json));
          } while (again);
        } finally {
          pushing = false;
        }
      };
      // The change feed calls every listener of a notice in one go, the year cache's among them:
      // waiting (past this turn) lets the cache drop its stale entry before this reads it.
      let scheduled = false;
      const onChange = (part?: ChangedPart) => {
        changed.add(part ?? "year");
        if (scheduled) return;
        scheduled = true;
        setTimeout(() => {
          scheduled = false;
          void push();
        }, PUSH_COALESCE_MS);
      };
      const unsubscribes = await Promise.all(blocYearIds.map((id) => watchBlocYear(id, onChange)));
      const ping = setInterval(() => send(": ping\n\n"), PING_INTERVAL_MS);
      stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(ping);
        unsubscribes.forEach((unsubscribe) => unsubscribe());
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      if (signal.aborted) return stop();
      signal.addEventListener("abort", stop);
      send("retry: 2000\n\nevent: ready\ndata: \n\n");
    },
    cancel() {
      stop();
    },
  });
}
