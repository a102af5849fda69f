import "server-only";
import type { CellValue } from "exceljs";
import type { ImportCell } from "@/domain/tasks";

const MS_PER_DAY = 86_400_000;

/**
 * Excel keeps dates as day serials; exceljs hands them over as a UTC Date that may sit a
 * millisecond off midnight. Rounding to the nearest day gives the day the official typed.
 */
function isoDay(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return new Date(Math.round(date.getTime() / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Any exceljs cell value (text, rich text, formula result, hyperlink, date …) → what the row check reads. */
export function toImportCell(value: CellValue | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    const iso = isoDay(value);
    return iso ? { date: iso } : "ngày lỗi";
  }
  if ("richText" in value) return toImportCell(value.richText.map((run) => run.text).join(""));
  if ("formula" in value || "sharedFormula" in value) return toImportCell(value.result as CellValue);
  if ("hyperlink" in value) return toImportCell(value.text as CellValue);
  if ("error" in value) return String(value.error);
  return null;
}
