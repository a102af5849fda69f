import { formatDate } from "@/domain/calendar";
import { rankHeading } from "@/domain/format";
import { todayInVietnam, VIETNAM_TIME_ZONE } from "@/domain/calendar/vietnam-today";
import type { ConferenceSource } from "./conference-data";

/** 'dd/mm/yyyy lúc HH:mm' in Vietnam's time zone, the way the minutes state a moment. */
export function formatMoment(isoTimestamp: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: VIETNAM_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(isoTimestamp));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")}/${part("year")} lúc ${part("hour")}:${part("minute")}`;
}

/** "Hạng 2" or "Đồng hạng 2" for a shared rank. */
export function rankLabel(rank: number, shared: boolean): string {
  return rankHeading({ rank, sharedRank: shared });
}

/** Which snapshot a published document shows: "Kết quả công bố lần 2, ngày 15/01/2025". */
export function snapshotLabel(source: Extract<ConferenceSource, { kind: "snapshot" }>): string {
  return `Kết quả công bố lần ${source.number}, ngày ${formatDate(todayInVietnam(new Date(source.publishedAt)))}`;
}
