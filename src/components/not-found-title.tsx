"use client";

import { useEffect } from "react";

export const NOT_FOUND_TITLE = "Không tìm thấy trang · ThiĐua";

/**
 * The tab's title on a missing page. A page that calls notFound() keeps its own metadata (Next
 * resolves it before the page decides), so "Chấm điểm · ThiĐua" would name a page that says it
 * is not there; the browser's title is set here instead.
 */
export function NotFoundTitle() {
  useEffect(() => {
    document.title = NOT_FOUND_TITLE;
  }, []);
  return null;
}
