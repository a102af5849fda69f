"use client";

import { useLayoutEffect } from "react";

export const NOT_FOUND_TITLE = "Không tìm thấy trang · ThiĐua";

/**
 * The tab's title on a missing page. A page that calls notFound() keeps its own metadata (Next
 * resolves it before the page decides), so "Chấm điểm · ThiĐua" would name a page that says it
 * is not there; the browser's title is set here instead, and set again if the page's own title
 * arrives later (the rankings shell's, once in a while after its data said "not found"). A layout
 * effect, so that leaving the page stops this before the next page's title goes in.
 */
export function NotFoundTitle() {
  useLayoutEffect(() => {
    const keep = () => {
      if (document.title !== NOT_FOUND_TITLE) document.title = NOT_FOUND_TITLE;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return null;
}
