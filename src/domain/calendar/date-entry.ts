import type { IsoDay } from "./iso-day";
import { readDate } from "./read-date";

/**
 * What a person typed into a date field, read as Vietnamese officials write dates (dd/mm/yyyy),
 * whatever the browser's locale: a day, nothing, or a problem to tell them in words.
 */
export type DateEntry =
  { kind: "empty" } | { kind: "day"; iso: IsoDay } | { kind: "problem"; message: string };

const PASTED_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DATE_FORMAT_PROBLEM = "Ngày cần dạng dd/mm/yyyy, ví dụ 12/01/2024.";

/** readDate's answer as a field needs it: empty is not a problem, and a wrong shape gets an example. */
export function readDateEntry(text: string): DateEntry {
  if (text.trim() === "") return { kind: "empty" };
  const reading = readDate(text, { pickerForm: true });
  if ("day" in reading) return { kind: "day", iso: reading.day };
  return { kind: "problem", message: reading.problem === "format" ? DATE_FORMAT_PROBLEM : reading.message };
}

/**
 * Keeps digits and slashes as they are typed and puts in the slashes a person would type next
 * ("12" → "12/", "12/01" → "12/01/", "12012024" → "12/01/2024"), never while they delete.
 */
export function maskDateEntry(typed: string, previous: string): string {
  if (PASTED_ISO.test(typed.trim())) return typed.trim();
  const cleaned = typed
    .replace(/[^\d/]/g, "")
    .replace(/\/{2,}/g, "/")
    .slice(0, 10);
  if (cleaned.length < previous.length) return cleaned;
  if (/^\d{8}$/.test(cleaned)) return `${cleaned.slice(0, 2)}/${cleaned.slice(2, 4)}/${cleaned.slice(4)}`;
  if (/^\d{2}$/.test(cleaned) || /^\d{1,2}\/\d{2}$/.test(cleaned)) return `${cleaned}/`;
  return cleaned;
}
