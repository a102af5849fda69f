"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Back and Forward may restore a page whole from the browser's memory (the back/forward cache),
 * with the figures it showed when it was left: a score saved meanwhile would not be there. A
 * restored page asks the server again, as a tab click would.
 */
export function RefreshOnRestore() {
  const router = useRouter();
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) router.refresh();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, [router]);
  return null;
}
