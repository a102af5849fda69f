import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ScoringRules } from "@/domain/scoring";
import { RULES_SECTION_LABEL as SECTION_LABEL } from "@/domain/vocabulary";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import { scoringRulesSchema } from "@/schemas/scoring-rules";

/**
 * Tells the user which parts of the saved rules differ from theirs, so nothing is lost unseen.
 * Compared as the schema reads them (an older document gets today's defaults) and with keys in
 * one order: PostgreSQL's jsonb keeps its own key order, so a plain JSON.stringify would differ.
 */
export function describeRulesConflict(saved: Prisma.JsonValue, mine: ScoringRules): string {
  const parsed = scoringRulesSchema.safeParse(saved);
  const current = (parsed.success ? parsed.data : (saved ?? {})) as Record<string, unknown>;
  const differing = (Object.keys(SECTION_LABEL) as (keyof ScoringRules)[]).filter(
    (key) => canonicalJson(current[key] ?? null) !== canonicalJson(mine[key]),
  );
  const where =
    differing.length > 0
      ? ` Bản đã lưu khác bản của bạn ở: ${differing.map((key) => SECTION_LABEL[key]).join(", ")}.`
      : "";
  return `Quy tắc vừa được người khác lưu.${where} Nội dung bạn nhập vẫn còn trong biểu mẫu; hãy tải lại trang để xem bản mới rồi lưu lại.`;
}
