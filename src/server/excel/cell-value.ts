import "server-only";
import { type IsoDay, toIsoDay } from "@/domain/calendar";
import type { CellValue } from "exceljs";
import type { ImportCell } from "@/domain/tasks";

const MS_PER_DAY = 86_400_000;

/**
 * Excel keeps dates as day serials; exceljs hands them over as a UTC Date that may sit a
 * millisecond off midnight. Rounding to the nearest day gives the day the official typed.
 */
function nearestDay(date: Date): IsoDay | null {
  if (Number.isNaN(date.getTime())) return null;
  return toIsoDay(new Date(Math.round(date.getTime() / MS_PER_DAY) * MS_PER_DAY));
}

/** Any exceljs cell value (text, rich text, formula result, hyperlink, date …) → what the row check reads. */
export function toImportCell(value: CellValue | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    const iso = nearestDay(value);
    return iso ? { date: iso } : "ngày lỗi";
  }
  if ("richText" in value) return toImportCell(value.richText.map((run) => run.text).join(""));
  if ("formula" in value || "sharedFormula" in value) return toImportCell(value.result as CellValue);
  if ("hyperlink" in value) return toImportCell(value.text as CellValue);
  if ("error" in value) return String(value.error);
  return null;
}
