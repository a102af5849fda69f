/** What the task list shows the same way as a table (wide screens) and as cards (phones). */

export function OverdueBadge({ className = "" }: { className?: string }) {
  return (
    <span className={`rounded bg-brand-100 px-1.5 text-xs font-medium text-brand-800 ${className}`}>
      Quá hạn
    </span>
  );
}

/** The task's evidence link, opened apart from the app and never passing it a referrer. */
export function EvidenceLink({ url, className = "" }: { url: string; className?: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className={`text-brand-800 underline ${className}`}
    >
      Liên kết
    </a>
  );
}
