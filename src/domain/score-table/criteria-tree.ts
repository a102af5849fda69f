import type { CriterionKindCode } from "@/domain/vocabulary/codes";

/** The kinds of a criterion, as stored (CriterionKind). */
export const CRITERION_KINDS = [
  "SECTION",
  "MANUAL",
  "TASK_DERIVED",
  "BONUS",
  "DEDUCTION",
] as const satisfies readonly CriterionKindCode[];

/** A section → criterion → sub-criterion: three levels at most. */
export const MAX_TREE_DEPTH = 3;

/**
 * One node of a criteria tree being edited. `key` is the stored criterion's id, or a key of the
 * form "new:…" for a node the edit adds. Points are centipoints.
 */
export interface DraftNode {
  key: string;
  parentKey: string | null;
  code: string;
  title: string;
  kind: CriterionKindCode;
  maxPoints: number;
  /** Bonus and deduction nodes only: the most they may add or take away. */
  capPoints: number | null;
  /** Deduction leaves only: the key of the manual or task-derived leaf they reduce, or null. */
  reducesKey: string | null;
  /** Order among siblings, from 1. */
  position: number;
}

export const NEW_NODE_KEY = "new:node";

export function isBonusOrDeduction(kind: CriterionKindCode): boolean {
  return kind === "BONUS" || kind === "DEDUCTION";
}

/** Siblings in display order. */
export function childrenOf(nodes: readonly DraftNode[], parentKey: string | null): DraftNode[] {
  return nodes.filter((node) => node.parentKey === parentKey).sort((a, b) => a.position - b.position);
}

/** The criteria a deduction may reduce: manual or task-derived leaves, in tree order. */
export function deductionTargets(nodes: readonly DraftNode[]): DraftNode[] {
  return inTreeOrder(nodes).filter(
    (node) =>
      (node.kind === "MANUAL" || node.kind === "TASK_DERIVED") && childrenOf(nodes, node.key).length === 0,
  );
}

/** 1 for a top-level node. */
export function depthOf(nodes: readonly DraftNode[], node: DraftNode): number {
  let depth = 1;
  let parentKey = node.parentKey;
  while (parentKey !== null && depth <= nodes.length) {
    const parent = nodes.find((candidate) => candidate.key === parentKey);
    if (!parent) break;
    depth += 1;
    parentKey = parent.parentKey;
  }
  return depth;
}

/** The node and everything below it. */
export function subtreeKeys(nodes: readonly DraftNode[], rootKey: string): Set<string> {
  const keys = new Set([rootKey]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentKey !== null && keys.has(node.parentKey) && !keys.has(node.key)) {
        keys.add(node.key);
        grew = true;
      }
    }
  }
  return keys;
}

/** Pre-order: every parent before its children, siblings by position. */
export function inTreeOrder(nodes: readonly DraftNode[]): DraftNode[] {
  const visit = (parentKey: string | null): DraftNode[] =>
    childrenOf(nodes, parentKey).flatMap((node) => [node, ...visit(node.key)]);
  return visit(null);
}
