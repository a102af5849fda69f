"use client";

import { useEffect, useState } from "react";
import {
  DEFAULT_AUTO_ADVANCE_SECONDS,
  readAutoAdvanceSeconds,
} from "@/domain/conference/auto-advance-seconds";

type Options = {
  forward(): void;
  /** The slide or step shown: a move (the operator's own too) starts the countdown again. */
  position: string;
  atEnd: boolean;
};

/**
 * The operator's automatic advance: one step forward every `seconds` while it runs; it stops by
 * itself on the last slide (or reveal step) and whenever the operator stops it.
 */
export function useAutoAdvance({ forward, position, atEnd }: Options) {
  const [running, setRunning] = useState(false);
  const [secondsText, setSecondsText] = useState(String(DEFAULT_AUTO_ADVANCE_SECONDS));
  const { seconds, problem: secondsProblem } = readAutoAdvanceSeconds(secondsText);
  // Reaching the end (by the timer or by hand) stops it: it does not wait there to restart.
  if (running && atEnd) setRunning(false);

  useEffect(() => {
    if (!running || atEnd) return;
    const timer = setTimeout(forward, seconds * 1000);
    return () => clearTimeout(timer);
  }, [running, atEnd, forward, seconds, position]);

  return {
    running,
    seconds,
    secondsText,
    secondsProblem,
    setSecondsText,
    toggle: () => setRunning((on) => !on && !atEnd),
  };
}
