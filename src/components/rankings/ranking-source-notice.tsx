import { formatDate, type IsoDay } from "@/domain/calendar";
import { PROVISIONAL_LABEL } from "./rankings-labels";

type Props = {
  kind: "published" | "provisional";
  snapshot: { number: number; publishedAt: Date | IsoDay } | null;
  asOf: string;
};

/** Where the figures come from: the published snapshot, or a provisional computation as of a date. */
export function RankingSourceNotice({ kind, snapshot, asOf }: Props) {
  const asOfDate = formatDate(asOf);
  if (kind === "published" && snapshot) {
    return (
      <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        Kết quả đã công bố — bản số {snapshot.number}, công bố ngày {formatDate(snapshot.publishedAt)} (số
        liệu tính đến ngày {asOfDate}).
      </p>
    );
  }
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <strong>{PROVISIONAL_LABEL}</strong> đến ngày {asOfDate}: điểm còn thay đổi cho đến khi khối công bố kết
      quả.
    </p>
  );
}
