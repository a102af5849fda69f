import { formatDateTime } from "@/components/format-date-time";
import type { AuditEventText } from "@/domain/audit";
import { AuditCards } from "./audit-cards";

export type AuditRow = {
  id: string;
  at: Date;
  subject: string | null;
  reason: string | null;
  /** The author as named at the time of the change; none for the system. */
  actorName: string | null;
  text: AuditEventText;
};

/**
 * Who changed what, when, from which value to which, and why: all in words (see describeAuditEvent).
 * A table from md up, cards below (AuditCards).
 */
export function AuditTable({ log, filtered }: { log: { events: AuditRow[] }; filtered: boolean }) {
  if (log.events.length === 0) {
    return (
      <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
        {filtered ? "Không có thay đổi nào khớp bộ lọc." : "Chưa có thay đổi nào được ghi nhận."}
      </p>
    );
  }
  return (
    <>
      <AuditCards events={log.events} />
      <div className="mt-4 hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Thời điểm
              </th>
              <th scope="col" className="px-3 py-2">
                Người thực hiện
              </th>
              <th scope="col" className="px-3 py-2">
                Đối tượng
              </th>
              <th scope="col" className="px-3 py-2">
                Nội dung
              </th>
              <th scope="col" className="px-3 py-2">
                Giá trị cũ → mới
              </th>
              <th scope="col" className="whitespace-nowrap px-3 py-2">
                Lý do
              </th>
            </tr>
          </thead>
          <tbody>
            {log.events.map(({ text, ...event }) => (
              <tr key={event.id} className="border-t border-stone-100 align-top">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                  {formatDateTime(event.at, { seconds: true })}
                </td>
                <td className="px-3 py-2">{event.actorName ?? "Hệ thống"}</td>
                <td className="px-3 py-2">
                  {text.entity}
                  {event.subject && <span className="block text-xs text-stone-600">{event.subject}</span>}
                </td>
                <td className="px-3 py-2">
                  {text.action}
                  {text.field && `: ${text.field}`}
                </td>
                <td className="px-3 py-2">
                  <span className="text-stone-500">{text.oldValue}</span> → <strong>{text.newValue}</strong>
                </td>
                <td className="px-3 py-2">{event.reason ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
