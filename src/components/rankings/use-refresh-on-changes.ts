"use client";

import { useEffect } from "react";
import { yearChangesUrl } from "@/components/year-changes";

/**
 * Hundreds of leaders may keep a provisional ranking open while fifty secretaries type: each page
 * asks for its data again at most this often (the first change at once).
 */
const MIN_INTERVAL_MS = 3_000;

/**
 * Keeps a provisional ranking current: on the year's changes (and when its stream comes back
 * after a break, having missed some) `refresh` runs, at most every MIN_INTERVAL_MS, and for a tab
 * out of view only once it is looked at again. Null: nothing to follow (a published year).
 */
export function useRefreshOnChanges(blocYearId: string | null, refresh: () => void): void {
  useEffect(() => {
    if (!blocYearId) return;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let missed = false;
    const schedule = () => {
      if (document.hidden) return void (missed = true);
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          missed = false;
          last = Date.now();
          refresh();
        },
        Math.max(0, last + MIN_INTERVAL_MS - Date.now()),
      );
    };
    const source = new EventSource(yearChangesUrl(blocYearId));
    source.addEventListener("changed", schedule);
    let openedBefore = false;
    source.onopen = () => {
      if (openedBefore) schedule();
      openedBefore = true;
    };
    const onVisible = () => {
      if (!document.hidden && missed) schedule();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
      source.close();
    };
  }, [blocYearId, refresh]);
}
