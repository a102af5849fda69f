"use client";

import { useEffect, useState } from "react";

/** Fills the projector: the Fullscreen API on the whole page; Esc (the browser's own) leaves it. */
export function FullscreenButton() {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", sync);
    return () => document.removeEventListener("fullscreenchange", sync);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => setActive(false));
  };
  return (
    <button
      type="button"
      onClick={toggle}
      className="rounded-md border border-slate-500 px-3 py-1.5 text-base text-slate-100 hover:bg-slate-800"
    >
      {active ? "Thoát toàn màn hình" : "Toàn màn hình"}
    </button>
  );
}
