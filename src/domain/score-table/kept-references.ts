import type { DraftNode } from "./criteria-tree";
import type { TreeDiff } from "./diff-criteria-trees";

/** What points at the table's criteria: tasks, score lines, and the rules' deduction node. */
export interface TableReferences {
  tasks: ReadonlyMap<string, number>;
  lines: ReadonlyMap<string, number>;
  /** The deduction criterion that books points for tasks not done (rules), if any. */
  rulesDeductionKey: string | null;
}

function describeUse(references: TableReferences, key: string): string | null {
  const tasks = references.tasks.get(key) ?? 0;
  const lines = references.lines.get(key) ?? 0;
  const parts = [tasks > 0 && `${tasks} nhiệm vụ`, lines > 0 && `${lines} điểm đã chấm`].filter(Boolean);
  if (key === references.rulesDeductionKey) parts.push("quy tắc trừ điểm nhiệm vụ không hoàn thành");
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * An edit may not strand what points at a criterion: a criterion with tasks or scores (or the
 * rules' deduction node) cannot be deleted, change kind, or gain sub-criteria — those tasks and
 * scores would silently stop counting. Returns the Vietnamese reasons; empty when the edit is safe.
 */
export function brokenReferences(
  before: readonly DraftNode[],
  diff: TreeDiff,
  references: TableReferences,
): string[] {
  const problems: string[] = [];
  const codeOf = (key: string) => before.find((node) => node.key === key)?.code ?? key;
  for (const node of diff.deleted) {
    const use = describeUse(references, node.key);
    if (use)
      problems.push(
        `Không thể xóa mục ${node.code}: đang được dùng bởi ${use}. Hãy chuyển sang tiêu chí khác trước.`,
      );
  }
  for (const change of diff.changes.filter((candidate) => candidate.field === "kind")) {
    const use = describeUse(references, change.key);
    if (use) problems.push(`Không thể đổi loại mục ${codeOf(change.key)}: đang được dùng bởi ${use}.`);
  }
  for (const node of diff.created) {
    const use = node.parentKey === null ? null : describeUse(references, node.parentKey);
    if (use)
      problems.push(
        `Không thể thêm tiêu chí con vào mục ${codeOf(node.parentKey!)}: mục này đang được dùng bởi ${use}.`,
      );
  }
  return problems;
}
