import { formatDateTime } from "@/components/format-date-time";
import type { SnapshotListItem } from "@/server/queries/publishing/list-snapshots";

/** Every published version of the year's results, newest first. */
export function SnapshotsTable({ snapshots }: { snapshots: SnapshotListItem[] }) {
  return (
    <section aria-labelledby="snapshots-heading" className="mt-8">
      <h2 id="snapshots-heading" className="text-lg font-semibold">
        Các bản đã công bố ({snapshots.length})
      </h2>
      {snapshots.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Năm này chưa công bố kết quả.
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Bản số
                </th>
                <th scope="col" className="px-4 py-2">
                  Thời điểm
                </th>
                <th scope="col" className="px-4 py-2">
                  Người công bố
                </th>
                <th scope="col" className="px-4 py-2">
                  Mã băm (SHA-256)
                </th>
                <th scope="col" className="px-4 py-2">
                  Lý do đính chính
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.id} className="border-t border-stone-100 align-top">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {snapshot.number}
                  </th>
                  <td className="px-4 py-2 tabular-nums">{formatDateTime(snapshot.publishedAt)}</td>
                  <td className="px-4 py-2">{snapshot.publishedBy.displayName}</td>
                  <td className="px-4 py-2">
                    <code title={snapshot.contentHash}>{snapshot.contentHash.slice(0, 12)}</code>
                    <span
                      className={`block text-xs ${snapshot.intact ? "text-emerald-800" : "font-medium text-brand-800"}`}
                    >
                      {snapshot.intact ? "Nội dung khớp mã băm" : "Nội dung không khớp mã băm!"}
                    </span>
                  </td>
                  <td className="px-4 py-2">{snapshot.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
