import type { StageLeafKind } from "@/domain/score-entry/stage-sum";
import type { CriterionKind } from "@/generated/prisma/enums";

export type CriterionRow = {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number;
  capPoints: number | null;
  position: number;
};

export type GridLeaf = {
  id: string;
  code: string;
  title: string;
  kind: StageLeafKind;
  /** The most a cell may hold: the maximum, or the cap of a bonus or deduction item. */
  limit: number;
  /** Task-derived leaves are computed by the engine, never typed. */
  typed: boolean;
};

export type GridGroup = { id: string; code: string; title: string; kind: CriterionKind; leaves: GridLeaf[] };

/** The score table's leaves as grid columns, grouped under their top-level section, in table order. */
export function gridGroups(criteria: readonly CriterionRow[]): GridGroup[] {
  const childrenOf = (parentId: string | null) =>
    criteria.filter((c) => c.parentId === parentId).sort((a, b) => a.position - b.position);
  const leavesUnder = (node: CriterionRow): GridLeaf[] => {
    const children = childrenOf(node.id);
    if (children.length > 0) return children.flatMap(leavesUnder);
    if (node.kind === "SECTION") return [];
    const limit =
      node.kind === "BONUS" || node.kind === "DEDUCTION"
        ? (node.capPoints ?? node.maxPoints)
        : node.maxPoints;
    return [
      {
        id: node.id,
        code: node.code,
        title: node.title,
        kind: node.kind,
        limit,
        typed: node.kind !== "TASK_DERIVED",
      },
    ];
  };
  return childrenOf(null)
    .map((root) => ({
      id: root.id,
      code: root.code,
      title: root.title,
      kind: root.kind,
      leaves: leavesUnder(root),
    }))
    .filter((group) => group.leaves.length > 0);
}
