/*
 * The conference screen's service worker (registered by /hoi-nghi/… pages only, scoped to
 * /hoi-nghi/): a reload in a hall whose network dropped brings the show back.
 *
 * It keeps only what a conference screen showed, each under its own URL: the screen's page, its
 * built assets (/_next/static: scripts, styles, fonts) and the last results data the screen showed.
 * Pages and data go to the network first and fall back to the copy only when the network fails
 * (never on a refusal or a redirect to sign-in). Nothing else is touched: other requests pass
 * through, and pages outside /hoi-nghi/ are not in its scope at all.
 *
 * Signing in or out deletes the cache (src/components/conference/offline-screen-cache.ts), so
 * another person on this browser never sees a copy made for someone else.
 */
const CACHE = "thidua-hoi-nghi-v1";
const SCREEN = /^\/hoi-nghi\/[^/]+\/\d{4}$/;
const DATA = /^\/hoi-nghi\/[^/]+\/\d{4}\/du-lieu$/;
const ASSET = /^\/_next\/static\//;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.search !== "") return;
  if (request.mode === "navigate" && SCREEN.test(url.pathname)) {
    event.respondWith(networkFirst(event, url.href));
  } else if (DATA.test(url.pathname)) {
    event.respondWith(networkFirst(event, url.href));
  } else if (ASSET.test(url.pathname)) {
    event.respondWith(cacheFirst(event, url.href));
  }
});

/** The screen asks to keep its page (when this worker did not see it load) and its assets. */
self.addEventListener("message", (event) => {
  const message = event.data;
  if (message?.type === "keep") {
    event.waitUntil(keep(message).then((kept) => kept && event.ports[0]?.postMessage("kept")));
  }
  if (message?.type === "data") event.waitUntil(keepData(message));
});

async function networkFirst(event, key) {
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (error) {
    const kept = await (await caches.open(CACHE)).match(key);
    if (kept) return kept;
    throw error;
  }
}

async function cacheFirst(event, key) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(key);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (keepable(response)) event.waitUntil(cache.put(key, response.clone()));
  return response;
}

/** A page or file as the signed-in person saw it: not an error, not a sign-in redirect. */
function keepable(response) {
  return response.ok && response.type === "basic" && !response.redirected;
}

/** Whether everything asked for is now kept. */
async function keep({ page, assets }) {
  const cache = await caches.open(CACHE);
  const wanted = [...(Array.isArray(assets) ? assets : []), ...(page ? [page] : [])]
    .map((href) => sameOrigin(href))
    .filter((url) => url && (ASSET.test(url.pathname) || SCREEN.test(url.pathname)));
  const results = await Promise.allSettled(
    wanted.map(async (url) => {
      if (ASSET.test(url.pathname) && (await cache.match(url.href))) return;
      const response = await fetch(url.href, { credentials: "same-origin" });
      if (!keepable(response)) throw new Error(`not kept: ${url.pathname}`);
      await cache.put(url.href, response);
    }),
  );
  return results.every((result) => result.status === "fulfilled");
}

/** The data the screen shows now (pushed over its event stream, which this worker cannot see). */
async function keepData({ url, body }) {
  const target = sameOrigin(url);
  if (!target || !DATA.test(target.pathname) || typeof body !== "string") return;
  const response = new Response(body, { headers: { "Content-Type": "application/json" } });
  await (await caches.open(CACHE)).put(target.href, response);
}

function sameOrigin(href) {
  try {
    const url = new URL(href, self.location.origin);
    return url.origin === self.location.origin && url.search === "" ? url : null;
  } catch {
    return null;
  }
}
