import type { DraftNode } from "@/domain/score-table/criteria-tree";
import type { CriterionKindCode } from "@/domain/vocabulary";

let position = 0;
/** A node of a test tree; positions follow the order nodes are written in. */
export function node(
  key: string,
  parentKey: string | null,
  kind: CriterionKindCode,
  maxPoints: number,
  capPoints: number | null = null,
): DraftNode {
  position += 1;
  return {
    key,
    parentKey,
    code: key,
    title: `Mục ${key}`,
    kind,
    maxPoints,
    capPoints,
    reducesKey: null,
    position,
  };
}

/** A valid 100-point table: I (60, task-derived), II (40, two manual), IV bonus, V deduction. */
export function validTree(): DraftNode[] {
  return [
    node("I", null, "SECTION", 6000),
    node("I.1", "I", "TASK_DERIVED", 6000),
    node("II", null, "SECTION", 4000),
    node("II.1", "II", "MANUAL", 2500),
    node("II.2", "II", "MANUAL", 1500),
    node("IV", null, "BONUS", 500, 500),
    node("IV.1", "IV", "BONUS", 300, 300),
    node("V", null, "DEDUCTION", 1000, 1000),
    node("V.1", "V", "DEDUCTION", 400),
  ];
}
