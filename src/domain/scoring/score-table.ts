import { ScoringInputError } from "./errors";
import type { ScoreNode } from "./input";

/** Scale nodes count toward the maximum; bonus and deduction nodes sit outside it. */
export type NodeFamily = "scale" | "bonus" | "deduction";

export interface TableNode {
  node: ScoreNode;
  index: number;
  children: number[];
  family: NodeFamily;
  /** The most the node may hold (magnitude for deductions). */
  limit: number;
  /** How the node is named in explanations, e.g. 'Tiêu chí II.1 “…”'. */
  label: string;
}

export interface IndexedTable {
  /** Pre-order: every parent before its children. */
  nodes: TableNode[];
  roots: number[];
  byId: Map<string, TableNode>;
  maxPoints: number;
}

const NOUNS: Record<ScoreNode["kind"], string> = {
  section: "Tiêu chuẩn",
  manual: "Tiêu chí",
  taskDerived: "Tiêu chí",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
};

function familyOf(node: ScoreNode): NodeFamily {
  return node.kind === "bonus" || node.kind === "deduction" ? node.kind : "scale";
}

function invalid(node: ScoreNode, problem: string): ScoringInputError {
  return new ScoringInputError("invalidScoreTable", `Bảng điểm, mục ${node.code}: ${problem}.`);
}

function checkNode(node: ScoreNode, parentFamily: NodeFamily | null): NodeFamily {
  const family = familyOf(node);
  if (!Number.isSafeInteger(node.maxPoints) || node.maxPoints < 0)
    throw invalid(node, "điểm tối đa phải là số nguyên không âm");
  if (node.capPoints !== undefined) {
    if (family === "scale") throw invalid(node, "chỉ mục điểm thưởng, điểm trừ mới có mức trần");
    if (!Number.isSafeInteger(node.capPoints) || node.capPoints < 0)
      throw invalid(node, "mức trần phải là số nguyên không âm");
  }
  if (parentFamily !== null && parentFamily !== "scale" && parentFamily !== family) {
    throw invalid(node, "mục con của điểm thưởng (điểm trừ) phải cùng loại");
  }
  return family;
}

function addNode(table: IndexedTable, node: ScoreNode, parentFamily: NodeFamily | null): number {
  const family = checkNode(node, parentFamily);
  if (table.byId.has(node.id)) throw invalid(node, "mã định danh bị trùng");
  const entry: TableNode = {
    node,
    index: table.nodes.length,
    children: [],
    family,
    limit: family === "scale" ? node.maxPoints : (node.capPoints ?? node.maxPoints),
    label: `${NOUNS[node.kind]} ${node.code} “${node.title}”`,
  };
  table.nodes.push(entry);
  table.byId.set(node.id, entry);
  for (const child of node.children ?? []) entry.children.push(addNode(table, child, family));
  return entry.index;
}

/** A deduction that names a criterion must be a leaf, and its target a manual or task-derived leaf. */
function checkTarget(table: IndexedTable, entry: TableNode): void {
  const targetId = entry.node.reducesCriterionId;
  if (targetId === undefined) return;
  if (entry.node.kind !== "deduction" || entry.children.length > 0)
    throw invalid(entry.node, "chỉ mục điểm trừ (không có mục con) mới trừ vào một tiêu chí");
  const target = table.byId.get(targetId);
  const scored = target?.node.kind === "manual" || target?.node.kind === "taskDerived";
  if (target === undefined || !scored || target.children.length > 0)
    throw invalid(
      entry.node,
      "tiêu chí bị trừ phải là một tiêu chí chấm điểm hoặc tính từ nhiệm vụ (không có mục con)",
    );
}

/** Flattens and checks the score table; the maximum is the sum of the top-level scale nodes. */
export function indexScoreTable(scoreTable: readonly ScoreNode[]): IndexedTable {
  const table: IndexedTable = { nodes: [], roots: [], byId: new Map(), maxPoints: 0 };
  for (const root of scoreTable) {
    const index = addNode(table, root, null);
    table.roots.push(index);
    const entry = table.nodes[index];
    if (entry?.family === "scale") table.maxPoints += root.maxPoints;
  }
  for (const entry of table.nodes) checkTarget(table, entry);
  return table;
}
