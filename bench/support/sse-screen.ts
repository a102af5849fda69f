import http from "node:http";

export type Screen = {
  /** When the first change reached the screen, and when its new data had arrived. */
  notified: Promise<number>;
  updated: Promise<number>;
  /** The result rows the screen shows now (the last data it received). */
  rows(): unknown[] | undefined;
  close(): void;
};

const DATA = "event: data\ndata: ";

/**
 * One screen: an SSE stream. The server pushes the new data in a `data` event (updated when the
 * whole event has arrived and parses); on its fallback `changed` the screen re-fetches, as the
 * browser does.
 */
export function openScreen(streamUrl: string, dataUrl: string, cookie: string): Promise<Screen> {
  return new Promise((ready, fail) => {
    let notify: (at: number) => void = () => {};
    let update: (at: number) => void = () => {};
    const notified = new Promise<number>((resolve) => (notify = resolve));
    const updated = new Promise<number>((resolve) => (update = resolve));
    let rows: unknown[] | undefined;
    const request = http.get(streamUrl, { headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return fail(new Error(`stream answered ${response.statusCode}`));
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        if (buffer.includes("event: ready"))
          ready({ notified, updated, rows: () => rows, close: () => request.destroy() });
        // Every complete `data` event in what has arrived, oldest first.
        for (let pushed = buffer.indexOf(DATA); pushed >= 0; pushed = buffer.indexOf(DATA)) {
          notify(performance.now());
          const end = buffer.indexOf("\n\n", pushed);
          if (end < 0) return;
          const at = performance.now();
          const data = JSON.parse(buffer.slice(pushed + DATA.length, end)) as { rows?: unknown[] };
          buffer = buffer.slice(end + 2);
          rows = data.rows;
          update(Array.isArray(data.rows) && data.rows.length > 0 ? at : Number.NaN);
        }
        if (!buffer.includes("event: changed")) return;
        buffer = "";
        notify(performance.now());
        fetch(dataUrl, { headers: { cookie } })
          .then((r) => r.json() as Promise<{ rows?: unknown[] }>)
          .then(
            (data) => {
              rows = data.rows;
              update(performance.now());
            },
            () => update(Number.NaN),
          );
      });
    });
    request.on("error", fail);
  });
}
