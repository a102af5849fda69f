import { formatPoints } from "@/domain/format";
import { type DraftNode, MAX_TREE_DEPTH, childrenOf, depthOf, isBonusOrDeduction } from "./criteria-tree";

/** A problem found in a tree; `nodeKey` is null for the table as a whole. */
export interface TreeIssue {
  nodeKey: string | null;
  message: string;
}

export interface TreeValidation {
  /** Block the save. */
  errors: TreeIssue[];
  /** Shown, but the table may be saved (e.g. while it is still being built). */
  warnings: TreeIssue[];
}

const KIND_NOUN = { BONUS: "điểm thưởng", DEDUCTION: "điểm trừ" } as const;

function points(value: number): string {
  return `${formatPoints(value)} điểm`;
}

function checkNode(nodes: readonly DraftNode[], node: DraftNode, result: TreeValidation): void {
  const error = (message: string) =>
    result.errors.push({ nodeKey: node.key, message: `Mục ${node.code}: ${message}` });
  const parent = nodes.find((candidate) => candidate.key === node.parentKey);
  if (depthOf(nodes, node) > MAX_TREE_DEPTH)
    error(`bảng điểm chỉ có tối đa ${MAX_TREE_DEPTH} cấp (mục → tiêu chí → tiêu chí con).`);
  if (node.capPoints !== null && !isBonusOrDeduction(node.kind))
    error("chỉ điểm thưởng, điểm trừ mới có mức trần.");
  if (parent && parent.maxPoints < node.maxPoints)
    error(
      `điểm tối đa (${points(node.maxPoints)}) vượt điểm tối đa của mục cha ${parent.code} (${points(parent.maxPoints)}).`,
    );
  if ((parent?.kind === "BONUS" || parent?.kind === "DEDUCTION") && parent.kind !== node.kind)
    error(`mục con của ${KIND_NOUN[parent.kind]} phải cũng là ${KIND_NOUN[parent.kind]}.`);
  if (parent?.kind === "TASK_DERIVED")
    error(`tiêu chí ${parent.code} tính từ nhiệm vụ nên không có tiêu chí con.`);
  checkReduces(nodes, node, error);
}

/** A deduction leaf may reduce one manual or task-derived leaf instead of the total. */
function checkReduces(nodes: readonly DraftNode[], node: DraftNode, error: (message: string) => void): void {
  if (node.reducesKey === null) return;
  if (node.kind !== "DEDUCTION" || childrenOf(nodes, node.key).length > 0) {
    error("chỉ mục điểm trừ không có mục con mới trừ vào một tiêu chí.");
    return;
  }
  const target = nodes.find((candidate) => candidate.key === node.reducesKey);
  const scored = target?.kind === "MANUAL" || target?.kind === "TASK_DERIVED";
  if (!target || !scored || childrenOf(nodes, target.key).length > 0)
    error("tiêu chí bị trừ phải là tiêu chí chấm điểm hoặc tính từ nhiệm vụ, không có tiêu chí con.");
}

/** Scale children (not bonus or deduction) of a scale parent must fit in its maximum. */
function checkChildrenSum(nodes: readonly DraftNode[], parent: DraftNode, result: TreeValidation): void {
  if (isBonusOrDeduction(parent.kind)) return;
  const children = childrenOf(nodes, parent.key).filter((child) => !isBonusOrDeduction(child.kind));
  if (children.length === 0) {
    if (parent.kind === "SECTION")
      result.warnings.push({ nodeKey: parent.key, message: `Mục ${parent.code} chưa có tiêu chí nào.` });
    return;
  }
  const sum = children.reduce((total, child) => total + child.maxPoints, 0);
  if (sum === parent.maxPoints) return;
  // Above: allowed on purpose, a section may cap what its criteria add up to (the engine's
  // explanation shows the cut). Below: the section cannot be reached in full.
  const detail =
    sum > parent.maxPoints
      ? `tổng điểm các tiêu chí con (${points(sum)}) vượt điểm tối đa của mục (${points(parent.maxPoints)}): điểm của mục được giới hạn ở ${points(parent.maxPoints)}.`
      : `tổng điểm các tiêu chí con (${points(sum)}) chưa bằng điểm tối đa của mục (${points(parent.maxPoints)}).`;
  result.warnings.push({ nodeKey: parent.key, message: `Mục ${parent.code}: ${detail}` });
}

/**
 * Why the table's nominal scale and its sections disagree, or null when they agree. The
 * sections are what the engine counts as the maximum (of percentages and classification), so
 * scoring may not start until the two are one.
 */
export function scaleMismatch(sectionsSum: number, scaleMaxPoints: number): string | null {
  if (sectionsSum === scaleMaxPoints) return null;
  const how = sectionsSum > scaleMaxPoints ? "vượt" : "chưa bằng";
  return `Tổng điểm các mục (${points(sectionsSum)}) ${how} thang điểm (${points(scaleMaxPoints)}).`;
}

function checkScale(nodes: readonly DraftNode[], scaleMaxPoints: number, result: TreeValidation): void {
  const sections = childrenOf(nodes, null).filter((node) => !isBonusOrDeduction(node.kind));
  const sum = sections.reduce((total, node) => total + node.maxPoints, 0);
  const message = scaleMismatch(sum, scaleMaxPoints);
  if (message) (sum > scaleMaxPoints ? result.errors : result.warnings).push({ nodeKey: null, message });
}

function checkUniqueCodes(nodes: readonly DraftNode[], result: TreeValidation): void {
  const seen = new Map<string, DraftNode>();
  for (const node of nodes) {
    const key = node.code.toLocaleUpperCase("vi");
    const first = seen.get(key);
    if (first)
      result.errors.push({
        nodeKey: node.key,
        message: `Mã ${node.code} bị trùng: mỗi mục cần một mã riêng.`,
      });
    else seen.set(key, node);
  }
}

/**
 * The rules a score table must follow before it is saved. Sums below the maximum are only
 * warnings, so a secretariat can build a table one section at a time.
 */
export function validateCriteriaTree(nodes: readonly DraftNode[], scaleMaxPoints: number): TreeValidation {
  const result: TreeValidation = { errors: [], warnings: [] };
  checkUniqueCodes(nodes, result);
  for (const node of nodes) {
    checkNode(nodes, node, result);
    checkChildrenSum(nodes, node, result);
  }
  checkScale(nodes, scaleMaxPoints, result);
  return result;
}
