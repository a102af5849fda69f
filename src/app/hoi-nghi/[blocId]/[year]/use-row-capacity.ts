"use client";

import { useLayoutEffect, useRef } from "react";
import { rowsThatFit } from "@/domain/conference/paging";

/**
 * How many rows of the table inside the returned ref's element fit above that element's bottom
 * edge, measured on screen (a projector's size is never known in advance) and reported whenever
 * it may have changed: after every render (a status line above the table may wrap) and on resize.
 * Rows are one line high (long names end in "…"), so the tallest row shown is every row's height.
 */
export function useRowCapacity<T extends HTMLElement>(report: (rows: number) => void) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    const measure = () => {
      const body = area.querySelector("tbody");
      const rows = body ? [...body.rows] : [];
      if (!body || rows.length === 0) return;
      const rowHeight = Math.max(...rows.map((row) => row.getBoundingClientRect().height));
      const available = area.getBoundingClientRect().bottom - body.getBoundingClientRect().top;
      report(rowsThatFit(available, rowHeight));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => observer.disconnect();
  });
  return ref;
}
