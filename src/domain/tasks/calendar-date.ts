// Dates without time travel as ISO strings (yyyy-mm-dd); officials type and read dd/mm/yyyy.

const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO date of a real calendar day, or null (31/02 and 00/01 are not days). */
function isoIfReal(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}

/** "5/3/2024" or "05/03/2024" → "2024-03-05"; anything else → null. */
export function parseVietnameseDate(text: string): string | null {
  const match = VIETNAMESE_DATE.exec(text.trim());
  if (!match) return null;
  return isoIfReal(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** A date as a form sends it: dd/mm/yyyy typed by hand, or yyyy-mm-dd from a date picker. */
export function parseFormDate(text: string): string | null {
  const iso = ISO_DATE.exec(text.trim());
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return parseVietnameseDate(text);
}

/** Today in the province's time zone: a deadline passes at midnight in Việt Nam, not in UTC. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** ISO date `days` after `iso` (negative goes back). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const yearStart = (year: number) => `${year}-01-01`;
