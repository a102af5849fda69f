import { type IsoDay, isoDayOf } from "./iso-day";

/**
 * What a person typed into a date field, read as Vietnamese officials write dates (dd/mm/yyyy),
 * whatever the browser's locale: a day, nothing, or a problem to tell them in words.
 */
export type DateEntry =
  { kind: "empty" } | { kind: "day"; iso: IsoDay } | { kind: "problem"; message: string };

const TYPED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const PASTED_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DATE_FORMAT_PROBLEM = "Ngày cần dạng dd/mm/yyyy, ví dụ 12/01/2024.";

export function readDateEntry(text: string): DateEntry {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const iso = PASTED_ISO.exec(trimmed);
  const typed = TYPED.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : typed
      ? [typed[3], typed[2], typed[1]]
      : [undefined, undefined, undefined];
  if (year === undefined || month === undefined || day === undefined)
    return { kind: "problem", message: DATE_FORMAT_PROBLEM };
  const found = isoDayOf(Number(year), Number(month), Number(day));
  if (found) return { kind: "day", iso: found };
  // The format is right: say that this day does not exist, not that the format is wrong.
  return {
    kind: "problem",
    message: `Ngày ${day.padStart(2, "0")}/${month.padStart(2, "0")}/${year} không tồn tại.`,
  };
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
