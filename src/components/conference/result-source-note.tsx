import type { ConferenceSource } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import { formatMoment } from "@/domain/conference/display";

/** Says whether the figures are the published snapshot (its number and time) or provisional. */
export function ResultSourceNote({ source }: { source: ConferenceSource }) {
  return source.kind === "snapshot" ? (
    <p className="text-sm text-stone-700">
      Kết quả đã công bố, bản số {source.number}, ngày {formatMoment(source.publishedAt)}.
    </p>
  ) : (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Kết quả tạm tính đến ngày {formatDate(source.asOf)}, chưa công bố: số liệu còn có thể thay đổi.
    </p>
  );
}
