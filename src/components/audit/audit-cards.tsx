import { formatDateTime } from "@/components/format-date-time";
import type { AuditRow } from "./audit-table";

/**
 * The log as cards on a phone (below md), where the table's six columns would squeeze each to a
 * word per line and push the values off-screen: when and who first, then what changed and why.
 */
export function AuditCards({ events }: { events: readonly AuditRow[] }) {
  return (
    <ol className="mt-4 space-y-3 md:hidden" aria-label="Các thay đổi">
      {events.map(({ text, ...event }) => (
        <li key={event.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm break-words">
          <p className="flex flex-wrap justify-between gap-x-3 text-xs text-stone-600">
            <span className="tabular-nums">{formatDateTime(event.at, { seconds: true })}</span>
            <span>{event.actorName ?? "Hệ thống"}</span>
          </p>
          <p className="mt-1 font-medium">
            {text.entity}
            {event.subject && <span className="font-normal text-stone-600"> · {event.subject}</span>}
          </p>
          <p>
            {text.action}
            {text.field && `: ${text.field}`}
          </p>
          <p className="mt-1">
            <span className="text-stone-500">{text.oldValue}</span> → <strong>{text.newValue}</strong>
          </p>
          {event.reason && <p className="mt-1 text-xs text-stone-600">Lý do: {event.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
