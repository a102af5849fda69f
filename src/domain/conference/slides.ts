import type { ConferenceData, ConferenceMember, ConferenceRow } from "./conference-data";
import { pageRows } from "./paging";

type Paged = { page: number; pageCount: number; offset: number };

export type Slide =
  | { kind: "title" }
  | ({ kind: "members"; members: ConferenceMember[] } & Paged)
  | ({ kind: "ranking"; rows: ConferenceRow[] } & Paged)
  | { kind: "awards" }
  | { kind: "nextYear" };

/** Rows per page of each table, measured on the screen showing it (members and ranking differ). */
export type SlideOptions = { membersPerPage: number; rowsPerPage: number };

/** The deck in the order of the conference agenda; a long table becomes one slide per page. */
export function buildSlides(data: ConferenceData, options: SlideOptions): Slide[] {
  const paged = <T>(items: readonly T[], perPage: number) =>
    pageRows(items, perPage).map((page, index, pages) => ({
      items: page,
      page: index,
      pageCount: pages.length,
      offset: index * perPage,
    }));
  return [
    { kind: "title" },
    ...paged(data.members, options.membersPerPage).map(({ items, ...page }) => ({
      kind: "members" as const,
      members: items,
      ...page,
    })),
    ...paged(data.rows, options.rowsPerPage).map(({ items, ...page }) => ({
      kind: "ranking" as const,
      rows: items,
      ...page,
    })),
    { kind: "awards" },
    { kind: "nextYear" },
  ];
}

/**
 * Where automatic paging goes from slide `index`: the next page of the same table, back to its
 * first page after the last; null when the slide is not part of a multi-page table.
 */
export function nextAutoPage(slides: readonly Slide[], index: number): number | null {
  const slide = slides[index];
  if (!slide || !("pageCount" in slide) || slide.pageCount < 2) return null;
  return slide.page + 1 < slide.pageCount ? index + 1 : index - slide.page;
}
