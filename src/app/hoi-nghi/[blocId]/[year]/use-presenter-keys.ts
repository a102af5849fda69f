"use client";

import { useEffect } from "react";

// Presenter clickers send PageDown/PageUp; a keyboard user has arrows and Space.
const FORWARD = new Set(["ArrowRight", "PageDown", " ", "Spacebar"]);
const BACK = new Set(["ArrowLeft", "PageUp"]);
const AUTO = new Set(["a", "A"]);
// As in presentation software: Home to the first slide (or step), End to the last.

/**
 * Forward and back from the keyboard or a clicker, Home and End to the first and last slide, A to
 * start or stop the automatic advance,
 * anywhere on the screen except in a text field (the seconds of the automatic advance).
 * Space advances even on a focused button (the presenter has just clicked a mode button and then
 * reaches for the space bar); such buttons still answer to Enter.
 */
type Handlers = { forward(): void; back(): void; first(): void; last(): void; toggleAuto(): void };

export function usePresenterKeys(handlers: Handlers) {
  const { forward, back, first, last, toggleAuto } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select")) return;
      if (FORWARD.has(event.key)) forward();
      else if (BACK.has(event.key)) back();
      else if (event.key === "Home") first();
      else if (event.key === "End") last();
      else if (AUTO.has(event.key)) toggleAuto();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [forward, back, first, last, toggleAuto]);
}
