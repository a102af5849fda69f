import { VIETNAM_TIME_ZONE } from "@/domain/calendar";
const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * A moment as Vietnamese officials read it, in Vietnam's time zone whatever the server's:
 * dd/mm/yyyy HH:mm, or with seconds for the audit log.
 */
export function formatDateTime(moment: Date, options: { seconds?: boolean } = {}): string {
  const part = Object.fromEntries(PARTS.formatToParts(moment).map((p) => [p.type, p.value]));
  const time = options.seconds ? `${part.hour}:${part.minute}:${part.second}` : `${part.hour}:${part.minute}`;
  return `${part.day}/${part.month}/${part.year} ${time}`;
}
