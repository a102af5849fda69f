import "server-only";
import { watchBlocYear } from "./live-hub";

/** Proxies and browsers drop an idle connection; a comment line every 15 s keeps it open. */
const PING_INTERVAL_MS = 15_000;

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx would otherwise buffer the stream and deliver events late.
  "X-Accel-Buffering": "no",
} as const;

/**
 * A Server-Sent Events stream that says `changed` whenever one of the bloc-years changes (a
 * screen watches its year and the next, whose elected roles it shows). It carries no data: the
 * screen re-fetches what it shows, through its own authorised route.
 */
export function blocYearEventStream(blocYearIds: readonly string[], signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribes = await Promise.all(blocYearIds.map((id) => watchBlocYear(id, () => send(`event: changed\ndata: ${id}\n\n`))));
      const ping = setInterval(() => send(": ping\n\n"), PING_INTERVAL_MS);
      stop = () => {
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
