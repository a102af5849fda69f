import { readFileSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

/** CPU time (user + system, ms) a process and its reaped children have used so far (Linux /proc). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime, stime, cutime, cstime are fields 14-17 of stat, i.e. 12-15 after "pid (comm) ".
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux.
}

/** Debian's Chromium unless CHROMIUM_PATH names another (as the e2e tests launch it). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** One request a view made that reached the server: what a replay sends again. */
export type ViewRequest = { path: string; headers: Record<string, string> };

export type PageViewCost = {
  views: number;
  requestsPerView: number;
  serverCpuMsPerView: number;
  /**
   * The requests of the last view that reached the server, in order, with the browser's headers;
   * without the event streams it holds open (`streams`), which a replay cannot send over and over.
   */
  lastView: ViewRequest[];
  /** The event streams the last view opened (a provisional ranking's stream of changes). */
  streams: ViewRequest[];
  /** The first view, nothing cached: what the browser downloads (compressed sizes, KB). */
  firstView: { requests: number; scriptKb: number; fontKb: number; documentKb: number };
};

/**
 * Opens `path` in a fresh tab `views` times, one after another, as a signed-in user would (the
 * document, then every request the page makes until the network is quiet, hovers excluded), and
 * divides the server's CPU time and the requests that reached it by the views. The first view
 * (assets not yet in the browser's cache) is a warm-up and not counted.
 */
export async function measurePageViews(options: {
  browser: Browser;
  baseUrl: string;
  cookie: string;
  path: string;
  serverPid: number;
  views: number;
}): Promise<PageViewCost> {
  const context = await options.browser.newContext({
    locale: "vi-VN",
    viewport: { width: 1366, height: 768 },
  });
  const host = new URL(options.baseUrl).host;
  await context.addCookies(
    options.cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name ?? "", value: value.join("="), domain: host.split(":")[0] ?? "", path: "/" };
    }),
  );
  let requests = 0;
  let lastView: ViewRequest[] = [];
  let streams: ViewRequest[] = [];
  const firstView = { requests: 0, scriptKb: 0, fontKb: 0, documentKb: 0 };
  const view = async (first = false) => {
    const page = await context.newPage();
    // Requests that reach the server: those the browser answers from its cache are left out.
    const cdp = await context.newCDPSession(page);
    const sent = new Set<string>();
    const requestsSeen = new Map<string, ViewRequest>();
    const streamIds = new Set<string>();
    cdp.on("Network.requestWillBeSent", (event) => {
      const url = new URL(event.request.url);
      if (url.host !== host) return;
      sent.add(event.requestId);
      if (event.type === "EventSource") streamIds.add(event.requestId);
      requestsSeen.set(event.requestId, { path: url.pathname + url.search, headers: event.request.headers });
    });
    cdp.on("Network.requestServedFromCache", (event) => sent.delete(event.requestId));
    cdp.on("Network.responseReceived", (event) => {
      if (event.response.fromDiskCache || event.response.fromServiceWorker) sent.delete(event.requestId);
      if (first) kinds.set(event.requestId, event.type);
    });
    const kinds = new Map<string, string>();
    cdp.on("Network.loadingFinished", (event) => {
      const kb = event.encodedDataLength / 1024;
      const type = kinds.get(event.requestId);
      if (type === "Script") firstView.scriptKb += kb;
      else if (type === "Font") firstView.fontKb += kb;
      else if (type === "Document") firstView.documentKb += kb;
    });
    await cdp.send("Network.enable");
    await page.goto(`${options.baseUrl}${options.path}`, { waitUntil: "networkidle" });
    requests += sent.size;
    if (first) firstView.requests = sent.size;
    lastView = [...sent].filter((id) => !streamIds.has(id)).flatMap((id) => requestsSeen.get(id) ?? []);
    streams = [...sent].filter((id) => streamIds.has(id)).flatMap((id) => requestsSeen.get(id) ?? []);
    await page.close();
  };
  await view(true); // also the warm-up: compiled chunks, the year's cached result, the HTTP cache
  requests = 0;
  const cpuBefore = cpuMs(options.serverPid);
  for (let i = 0; i < options.views; i += 1) await view();
  const serverCpuMs = cpuMs(options.serverPid) - cpuBefore;
  await context.close();
  return {
    views: options.views,
    requestsPerView: Math.round((requests / options.views) * 10) / 10,
    serverCpuMsPerView: Math.round(serverCpuMs / options.views),
    lastView,
    streams,
    firstView: {
      requests: firstView.requests,
      scriptKb: Math.round(firstView.scriptKb),
      fontKb: Math.round(firstView.fontKb),
      documentKb: Math.round(firstView.documentKb),
    },
  };
}
