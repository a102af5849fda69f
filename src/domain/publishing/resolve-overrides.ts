import type { CheckCode, ChecklistItem } from "./checklist-types";
import { openChecklistItems } from "./publish-checklist";

export type AcceptedOverride = { code: CheckCode; message: string; reason: string };
export type OverrideDecision =
  { ok: true; overrides: AcceptedOverride[] } | { ok: false; message: string; missingReasons: CheckCode[] };

/**
 * Whether a publication may go ahead: no blocking item open, and a reason for every open item
 * that allows an override. Reasons given for items that are not open are not kept.
 */
export function resolveOverrides(
  items: ChecklistItem[],
  reasons: Partial<Record<CheckCode, string>>,
): OverrideDecision {
  const { blocking, overridable } = openChecklistItems(items);
  if (blocking.length > 0)
    return {
      ok: false,
      message: `Chưa công bố được, cần xử lý trước: ${blocking.map((item) => item.message).join(" ")}`,
      missingReasons: [],
    };
  const missing = overridable.filter((item) => !reasons[item.code]?.trim());
  if (missing.length > 0)
    return {
      ok: false,
      message: `Cần nêu lý do vẫn công bố cho: ${missing.map((item) => item.message).join(" ")}`,
      missingReasons: missing.map((item) => item.code),
    };
  return {
    ok: true,
    overrides: overridable.map((item) => ({
      code: item.code,
      message: item.message,
      reason: reasons[item.code]!.trim(),
    })),
  };
}
