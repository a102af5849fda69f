import { describeBlock, type JudgedKeyTask, keyTasksBlocking } from "./key-tasks";
import type { Classification, LevelBlockCode, Reason } from "./result";
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

export interface ClassificationOutcome {
  classification: Classification | null;
  /** Better levels the points reached that key tasks kept the unit out of, best first. */
  blocks: Reason<LevelBlockCode>[];
}

/**
 * The first level (best first) whose thresholds the unit meets, on the total or on the scale's
 * points alone as the rules say; compared exactly, in integers. A level whose points are reached
 * but whose key-task condition is not is passed over, and the outcome names the task.
 */
export function classify(
  rules: ScoringRules,
  table: IndexedTable,
  score: UnitScore,
  judgedKeyTasks?: readonly JudgedKeyTask[],
): ClassificationOutcome {
  const points = rules.totals.classifyOn === "base" ? score.base : score.total;
  const blocks: Reason<LevelBlockCode>[] = [];
  for (const level of rules.classificationLevels) {
    if (level.minPercentOfMax !== null && points * 10000 < level.minPercentOfMax * table.maxPoints) continue;
    if (level.minPoints !== null && points < level.minPoints) continue;
    if (
      level.minShareEveryCriterion !== null &&
      !everyCriterionReaches(table, score, level.minShareEveryCriterion)
    )
      continue;
    const blocking = keyTasksBlocking(level, judgedKeyTasks);
    const [first] = blocking;
    if (first !== undefined) {
      const code = first.kind === "done" ? "keyTaskLate" : "keyTaskNotDone";
      blocks.push({ code, message: `Chưa xếp loại “${level.label}”: ${describeBlock(first, blocking)}.` });
      continue;
    }
    return { classification: { code: level.code, label: level.label }, blocks };
  }
  return { classification: null, blocks };
}
