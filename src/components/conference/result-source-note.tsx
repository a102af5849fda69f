import type { ConferenceSource } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import { snapshotLabel } from "@/domain/conference/display";

/** Says which published snapshot the figures come from (its number and day), or that they are provisional. */
export function ResultSourceNote({ source }: { source: ConferenceSource }) {
  return source.kind === "snapshot" ? (
    <p className="text-sm text-stone-700" data-testid="snapshot-label">
      {snapshotLabel(source)}.
    </p>
  ) : (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Kết quả tạm tính đến ngày {formatDate(source.asOf)}, chưa công bố: số liệu còn có thể thay đổi.
    </p>
  );
}
