import { type IsoDay, toIsoDay } from "./iso-day";
import { readDate } from "./read-date";

// Officials type and read dd/mm/yyyy; forms' date pickers send yyyy-mm-dd.

/** "5/3/2024" or "05/03/2024" → "2024-03-05"; anything else (31/02/2024 included) → null. */
export function parseVietnameseDate(text: string): IsoDay | null {
  const reading = readDate(text);
  return "day" in reading ? reading.day : null;
}

/** A date as a form sends it: dd/mm/yyyy typed by hand, or yyyy-mm-dd from a date picker. */
export function parseFormDate(text: string): IsoDay | null {
  const reading = readDate(text, { pickerForm: true });
  return "day" in reading ? reading.day : null;
}

/**
 * dd/mm/yyyy, the form Vietnamese officials read, of a day ('2024-01-12') or a @db.Date value;
 * '—' when there is none. A longer ISO timestamp is read by its day part.
 */
export function formatDate(date: Date | IsoDay | null | undefined): string {
  if (!date) return "—";
  const iso = typeof date === "string" ? date : toIsoDay(date);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
