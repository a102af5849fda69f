import type { Classification } from "./result";
import type { ScoringRules } from "./rules";
import type { IndexedTable } from "./score-table";
import type { UnitScore } from "./unit-score";

/** Every manual and task-derived criterion (any depth) must reach the share. */
function everyCriterionReaches(table: IndexedTable, score: UnitScore, share: number): boolean {
  for (const entry of table.nodes) {
    const { kind, maxPoints, id } = entry.node;
    if ((kind !== "manual" && kind !== "taskDerived") || maxPoints === 0) continue;
    if ((score.nodePoints[id] ?? 0) * 10000 < share * maxPoints) return false;
  }
  return true;
}

/**
 * The first level (best first) whose thresholds the unit meets, on the total or on the scale's
 * points alone as the rules say; compared exactly, in integers.
 */
export function classify(rules: ScoringRules, table: IndexedTable, score: UnitScore): Classification | null {
  const points = rules.totals.classifyOn === "base" ? score.base : score.total;
  for (const level of rules.classificationLevels) {
    if (level.minPercentOfMax !== null && points * 10000 < level.minPercentOfMax * table.maxPoints) continue;
    if (level.minPoints !== null && points < level.minPoints) continue;
    if (
      level.minShareEveryCriterion !== null &&
      !everyCriterionReaches(table, score, level.minShareEveryCriterion)
    )
      continue;
    return { code: level.code, label: level.label };
  }
  return null;
}
