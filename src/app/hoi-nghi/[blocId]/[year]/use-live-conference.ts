"use client";

import { useEffect, useState } from "react";
import type { ConferenceData } from "@/domain/conference/conference-data";

/** "static": a published year, nothing to listen to; "lost": the stream dropped and is retrying. */
export type ConnectionState = "static" | "connecting" | "open" | "lost";

/**
 * Keeps a live year's data current: the event stream brings each new version of the data (or
 * says "changed", and the screen re-fetches).
 * Fetches never overlap (a burst of changes costs at most one extra fetch) and a failed fetch
 * keeps the last data on screen: a projector must never go blank mid-meeting.
 */
export function useLiveConference(initial: ConferenceData, urls: { data: string; events: string }) {
  const [data, setData] = useState(initial);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const live = data.source.kind === "live";

  useEffect(() => {
    if (!live) return;
    let fetching = false;
    let again = false;
    let openedBefore = false;
    const refresh = async () => {
      if (fetching) return void (again = true);
      fetching = true;
      try {
        do {
          again = false;
          const response = await fetch(urls.data, { cache: "no-store" });
          if (response.ok) setData((await response.json()) as ConferenceData);
        } while (again);
      } catch {
        setConnection("lost");
      } finally {
        fetching = false;
      }
    };
    const source = new EventSource(urls.events);
    // The server pushes the new data itself; "changed" (its fallback) asks for a re-fetch.
    source.addEventListener("data", (event) =>
      setData(JSON.parse((event as MessageEvent<string>).data) as ConferenceData),
    );
    source.addEventListener("changed", () => void refresh());
    source.onopen = () => {
      setConnection("open");
      // Changes made while the stream was down were not announced: catch up once.
      if (openedBefore) void refresh();
      openedBefore = true;
    };
    let caughtUp = false;
    source.onerror = () => {
      setConnection("lost");
      // A screen reloaded without a network starts from the page its service worker kept, which
      // may be older than the last data it showed (kept too, use-offline-screen): take that once.
      if (openedBefore || caughtUp) return;
      caughtUp = true;
      void refresh();
    };
    // The browser knows it lost the network before the stream notices (which may take minutes):
    // say so at once, and catch up when it is back.
    const offline = () => setConnection("lost");
    const online = () => {
      if (source.readyState !== EventSource.OPEN) return;
      setConnection("open");
      void refresh();
    };
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      source.close();
    };
  }, [live, urls.data, urls.events]);

  return { data, connection: live ? connection : ("static" as const) };
}
