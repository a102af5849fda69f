import type { PublishChecklistInput } from "./checklist-types";

/**
 * Per ranked unit, the manual criteria it has no usable score for (the engine would count 0) and
 * those scored only at an earlier stage. Usable follows the engine: final, else cross-check, else
 * the self-score when the rules allow it. Each entry reads "Unit (I.1, II.2)".
 */
export function unitsMissingScores(input: PublishChecklistInput) {
  const stagesOf = new Map<string, Set<string>>();
  for (const line of input.scoreLines) {
    const key = `${line.unitId}|${line.criterionId}`;
    stagesOf.set(key, (stagesOf.get(key) ?? new Set()).add(line.stage));
  }
  const unscored: string[] = [];
  const withoutFinal: string[] = [];
  for (const unit of input.units) {
    const none: string[] = [];
    const earlierOnly: string[] = [];
    for (const criterion of input.manualCriteria) {
      const stages = stagesOf.get(`${unit.unitId}|${criterion.id}`) ?? new Set();
      if (stages.has("FINAL")) continue;
      const usable = stages.has("CROSS_CHECK") || (input.allowSelfScoreFallback && stages.has("SELF"));
      (usable ? earlierOnly : none).push(criterion.code);
    }
    if (none.length > 0) unscored.push(`${unit.name} (${none.join(", ")})`);
    if (earlierOnly.length > 0) withoutFinal.push(`${unit.name} (${earlierOnly.join(", ")})`);
  }
  return { unscored, withoutFinal };
}
