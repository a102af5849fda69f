"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
    >
      In (khổ A4)
    </button>
  );
}
