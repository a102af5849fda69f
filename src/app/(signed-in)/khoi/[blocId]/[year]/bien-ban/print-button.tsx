"use client";

/** Opens the browser's print dialog; the page's print styles lay it out on A4. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
    >
      In biên bản
    </button>
  );
}
