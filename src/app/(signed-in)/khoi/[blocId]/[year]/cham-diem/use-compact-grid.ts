"use client";

import { useSyncExternalStore } from "react";

const COMPACT_KEY = "thidua.grid-compact";
const compactListeners = new Set<() => void>();
// What this page chose, for browsers that refuse storage (private mode, policy).
let compactInMemory = false;

function subscribeCompact(listener: () => void): () => void {
  compactListeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    compactListeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readCompact(): boolean {
  try {
    return window.localStorage.getItem(COMPACT_KEY) === "1";
  } catch {
    return compactInMemory;
  }
}

/** The compact view, remembered in this browser (the server renders the comfortable one). */
export function useCompactGrid(): [boolean, (compact: boolean) => void] {
  const compact = useSyncExternalStore(subscribeCompact, readCompact, () => false);
  const change = (next: boolean) => {
    compactInMemory = next;
    try {
      window.localStorage.setItem(COMPACT_KEY, next ? "1" : "0");
    } catch {
      // Not remembered past this page; the choice holds meanwhile.
    }
    compactListeners.forEach((listener) => listener());
  };
  return [compact, change];
}
