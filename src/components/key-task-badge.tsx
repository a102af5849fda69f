/** Marks a key task (nhiệm vụ trọng tâm), which a classification level may require done. */
export function KeyTaskBadge({ className = "" }: { className?: string }) {
  return (
    <span className={`rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 ${className}`}>
      Trọng tâm
    </span>
  );
}
