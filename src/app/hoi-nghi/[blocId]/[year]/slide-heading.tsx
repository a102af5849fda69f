import type { ReactNode } from "react";

/** A slide's title, with "(2/3)" when its table runs over several pages. */
export function SlideHeading({
  children,
  page,
}: {
  children: ReactNode;
  page?: { page: number; pageCount: number };
}) {
  return (
    <h1 id="slide-heading" className="text-[clamp(1.8rem,5.5vh,8.4rem)] font-bold">
      {children}
      {page && page.pageCount > 1 && (
        <span className="ml-4 text-[0.6em] font-medium text-slate-300">
          ({page.page + 1}/{page.pageCount})
        </span>
      )}
    </h1>
  );
}
