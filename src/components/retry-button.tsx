"use client";

/** "Thử lại" after something failed to load or run: the one way to ask again, everywhere. */
export function RetryButton({ onRetry, compact = false }: { onRetry: () => void; compact?: boolean }) {
  return (
    <button
      type="button"
      onClick={onRetry}
      className={`rounded-md bg-brand-700 font-medium text-white hover:bg-brand-800 ${compact ? "px-3 py-1.5" : "px-4 py-2"}`}
    >
      Thử lại
    </button>
  );
}
