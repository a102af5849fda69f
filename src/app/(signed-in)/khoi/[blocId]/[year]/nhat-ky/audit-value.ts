import { formatDate } from "@/domain/calendar";
import { formatPoints, formatShare } from "@/domain/scoring";
import { CODE_LABEL } from "./audit-labels";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

/**
 * An audited JSON value as a reader expects it: points as points (the field names them:
 * "points", "maxPoints"…), shares as percentages, dates dd/mm/yyyy, booleans Có/Không, codes
 * in words, ids of units by their names.
 */
export function formatAuditValue(
  value: unknown,
  options: { field: string | null; names: ReadonlyMap<string, string> },
): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return formatNumber(value, options.field ?? "");
  if (typeof value === "string") return formatText(value, options.names);
  if (Array.isArray(value)) return value.map((item) => formatAuditValue(item, options)).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${formatAuditValue(item, { ...options, field: key })}`)
    .join("; ");
}

function formatNumber(value: number, field: string): string {
  if (/points/i.test(field)) return `${formatPoints(value)} điểm`;
  if (/share|percent/i.test(field)) return formatShare(value);
  return String(value);
}

function formatText(value: string, names: ReadonlyMap<string, string>): string {
  if (ISO_DATE.test(value)) return formatDate(value.length === 10 ? value : new Date(value));
  return CODE_LABEL[value] ?? names.get(value) ?? value;
}
