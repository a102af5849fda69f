import "server-only";
import type { ScoringRules } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";

// A rules document parsed from its JSON as stored: every save of a score cell reads its year's
// rules, and the ranking computed after it reads them again, so parsing them with zod each time
// cost a save about 0.4 ms (bench:load). A year's rules change rarely: kept by their text.
const KEPT = 64;
const parsedByText = new Map<string, ScoringRules>();

/**
 * The year's rules (BlocYear.rules), checked by scoringRulesSchema as every read does. The same
 * text gives the same object: callers read it, never change it.
 */
export function storedRules(json: unknown): ScoringRules {
  const text = JSON.stringify(json);
  const known = parsedByText.get(text);
  if (known) return known;
  const parsed = scoringRulesSchema.parse(json);
  if (parsedByText.size >= KEPT) parsedByText.delete(parsedByText.keys().next().value ?? "");
  parsedByText.set(text, parsed);
  return parsed;
}
