/** dd/mm/yyyy of an ISO calendar date ('2024-01-12'). */
export function formatIsoDate(iso: string | null): string {
  if (!iso) return "—";
  const [year, month, day] = iso.slice(0, 10).split("-");
  return `${day}/${month}/${year}`;
}

/** 'dd/mm/yyyy lúc HH:mm' in Vietnam's time zone, the way the minutes state a moment. */
export function formatMoment(isoTimestamp: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
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
  return `${shared ? "Đồng hạng" : "Hạng"} ${rank}`;
}
