import { type IsoDay, isoDayOf } from "./iso-day";

const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export type DateReading = { day: IsoDay } | { problem: "format" | "nonexistent"; message: string };

const two = (n: number) => String(n).padStart(2, "0");

/**
 * A date typed dd/mm/yyyy (forms also take yyyy-mm-dd, what a picker sends), telling apart a wrong shape from a day
 * the calendar lacks: officials who type 31/02/2025 wrote the right shape and must be told the
 * day does not exist, not that the format is wrong (issue 10).
 */
export function readDate(text: string, options: { pickerForm?: boolean } = {}): DateReading {
  const trimmed = text.trim();
  const vietnamese = VIETNAMESE_DATE.exec(trimmed);
  const iso = vietnamese || !options.pickerForm ? null : ISO_DATE.exec(trimmed);
  const parts = vietnamese
    ? { day: Number(vietnamese[1]), month: Number(vietnamese[2]), year: Number(vietnamese[3]) }
    : iso
      ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) }
      : null;
  if (!parts) return { problem: "format", message: `"${trimmed}" không đúng dạng ngày dd/mm/yyyy.` };
  const day = isoDayOf(parts.year, parts.month, parts.day);
  if (day) return { day };
  const shown = `${two(parts.day)}/${two(parts.month)}/${parts.year}`;
  return { problem: "nonexistent", message: `Ngày ${shown} không tồn tại.` };
}
