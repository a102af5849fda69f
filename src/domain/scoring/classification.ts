import type { Classification } from "./result";
import type { ClassificationLevel } from "./rules";
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

/** The first level (best first) whose thresholds the unit meets; compared exactly, in integers. */
export function classify(
  levels: readonly ClassificationLevel[],
  table: IndexedTable,
  score: UnitScore,
): Classification | null {
  for (const level of levels) {
    if (level.minPercentOfMax !== null && score.total * 10000 < level.minPercentOfMax * table.maxPoints)
      continue;
    if (
      level.minShareEveryCriterion !== null &&
      !everyCriterionReaches(table, score, level.minShareEveryCriterion)
    )
      continue;
    return { code: level.code, label: level.label };
  }
  return null;
}
