"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";

/**
 * Shrinks its content (never enlarges it) until it fits the height it is given: the slides
 * without a table to page (awards, next year's roles) still show every line on a short screen.
 * A transform, not a smaller font: the sizes stay the slide's own, only drawn smaller.
 */
export function FitToHeight({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fit = () => {
      const box = outer.current;
      const content = inner.current;
      if (!box || !content) return;
      // offsetHeight is the layout height, which the transform does not change.
      const scale = Math.min(1, box.clientHeight / Math.max(content.offsetHeight, 1));
      content.style.transform = scale < 1 ? `scale(${scale})` : "";
    };
    fit();
    const observer = new ResizeObserver(fit);
    if (outer.current) observer.observe(outer.current);
    if (inner.current) observer.observe(inner.current);
    return () => observer.disconnect();
  });
  return (
    <div ref={outer} className="h-full overflow-hidden">
      <div ref={inner} className="origin-top-left">
        {children}
      </div>
    </div>
  );
}
