"use client";

import { useEffect, useRef, useState } from "react";
import type { ConferenceData } from "@/domain/conference/conference-data";

const WORKER = "/sw.js";
const SCOPE = "/hoi-nghi/";

/**
 * Lets a reload bring the show back in a hall whose network dropped: registers the screen's
 * service worker (public/sw.js), asks it to keep this page and its assets, and hands it every
 * version of the data shown, so its copy is always what this screen last showed.
 * Returns whether a reload would now work offline. Without a service worker (an old browser,
 * plain http on another host) the screen works as before, online only.
 */
export function useOfflineScreen(dataUrl: string, data: ConferenceData): boolean {
  const [ready, setReady] = useState(false);
  const worker = useRef<ServiceWorker | null>(null);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    // A page the worker served was kept as it loaded; the first load happened before the worker.
    const seenByWorker = navigator.serviceWorker.controller !== null;
    void navigator.serviceWorker
      .register(WORKER, { scope: SCOPE })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const active = registration.active;
        if (cancelled || !active) return;
        worker.current = active;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (!cancelled) setReady(true);
        };
        active.postMessage(
          {
            type: "keep",
            page: seenByWorker ? null : `${location.origin}${location.pathname}`,
            assets: loadedAssets(),
          },
          [channel.port2],
        );
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    worker.current?.postMessage({ type: "data", url: dataUrl, body: JSON.stringify(data) });
  }, [dataUrl, data, ready]);

  return ready;
}

/** The built scripts, styles and fonts this page has loaded so far. */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith("/_next/static/"));
}
