"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while React takes it over, true once the screen answers keys and
 * clicks: the controls stay disabled until then, so a press the page cannot yet hear is not lost
 * silently (the hall's laptop may be slow to start).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
