"use client";

import { useEffect, useRef } from "react";
import type { GridChanges, GridChangesResult } from "@/server/queries/scoring/score-grid-types";
import { yearChangesUrl } from "@/components/year-changes";
import { SAVE_SCORE_CELL_URL } from "./post-score-cell";

/** How soon a failed ask for changes is asked again. */
const RETRY_MS = 5_000;

type WatchedGrid = {
  blocYearId: string;
  stage: string;
  /** The peer sheet shown ("" for none). */
  scorerUnitId: string;
  /** When the grid last heard of changes (ISO). */
  since: string;
};

/** The grid's question after a change: its year, stage and sheet, and since when. */
export function gridChangesUrl(grid: WatchedGrid): string {
  const query = new URLSearchParams({
    nam: grid.blocYearId,
    "giai-doan": grid.stage,
    "don-vi-cham": grid.scorerUnitId,
    tu: grid.since,
  });
  return `${SAVE_SCORE_CELL_URL}?${query.toString()}`;
}

/**
 * Keeps a grid on screen current with other people's work, without its user saving anything:
 * the year's stream of changes (api/su-kien/<id>/thay-doi) says what changed. After scores, the grid
 * asks for the cells saved since it last heard and every row's place and total (`onChanges`);
 * after anything else (tasks, which move computed columns; the score table; the year's stage)
 * it is read again whole (`onReload`). Asks never overlap (a burst costs at most one more). A
 * failed ask keeps the grid as it is and is asked again: when the browser is back online, and
 * every few seconds until one is answered (a stream may outlive the network that carried its
 * notice).
 */
export function useGridChanges(
  grid: WatchedGrid,
  handlers: {
    onChanges: (changes: GridChanges) => void;
    onReload: () => void;
    /** The session ended meanwhile (signed out elsewhere): the grid hears of nothing more. */
    onSessionEnded: () => void;
  },
): void {
  // The stream stays open while the grid's "since" moves on and its handlers change.
  const latest = useRef({ grid, handlers });
  useEffect(() => {
    latest.current = { grid, handlers };
  });
  const { blocYearId } = grid;

  useEffect(() => {
    let asking = false;
    let again = false;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const source = new EventSource(yearChangesUrl(blocYearId));
    const ask = async () => {
      if (asking) return void (again = true);
      asking = true;
      clearTimeout(retry);
      try {
        do {
          again = false;
          const response = await fetch(gridChangesUrl(latest.current.grid), { cache: "no-store" });
          if (response.status === 401) {
            source.close();
            return latest.current.handlers.onSessionEnded();
          }
          const result = (await response.json()) as GridChangesResult;
          if (!closed && result.ok) latest.current.handlers.onChanges(result.data);
        } while (again && !closed);
      } catch {
        // No answer (network, a proxy's page): ask again shortly, or when back online.
        if (!closed) retry = setTimeout(() => void ask(), RETRY_MS);
      } finally {
        asking = false;
      }
    };
    const online = () => void ask();
    window.addEventListener("online", online);
    source.addEventListener("changed", (event) => {
      const what = (event as MessageEvent<string>).data.split(" ");
      if (what.every((part) => part === "scores")) void ask();
      else latest.current.handlers.onReload();
    });
    // Changes made while the stream was down were not announced: catch up when it is back.
    let openedBefore = false;
    source.onopen = () => {
      if (openedBefore) void ask();
      openedBefore = true;
    };
    return () => {
      closed = true;
      clearTimeout(retry);
      window.removeEventListener("online", online);
      source.close();
    };
  }, [blocYearId]);
}
