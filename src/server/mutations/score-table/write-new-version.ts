import "server-only";
import { type DraftNode, depthOf, MAX_TREE_DEPTH } from "@/domain/score-table/criteria-tree";
import type { TreeDiff } from "@/domain/score-table/diff-criteria-trees";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";
import type { CriterionUsage } from "@/server/queries/score-table/criterion-usage";
import { auditTreeDiff } from "./audit-tree-diff";
import type { OpenTable } from "./open-table-for-edit";
import { pointDeductions } from "./point-deductions";
import { remapRulesDeduction } from "./rules-deduction-criterion";

/** Inserts the tree level by level (parents need their ids first); returns draft key → new id. */
async function copyTree(
  tx: AppTransaction,
  scoreTableId: string,
  nodes: readonly DraftNode[],
): Promise<Map<string, string>> {
  const newIds = new Map<string, string>();
  for (let depth = 1; depth <= MAX_TREE_DEPTH; depth += 1) {
    const level = nodes.filter((node) => depthOf(nodes, node) === depth);
    if (level.length === 0) continue;
    const rows = await tx.criterion.createManyAndReturn({
      data: level.map((node) => ({
        scoreTableId,
        parentId: node.parentKey === null ? null : (newIds.get(node.parentKey) ?? null),
        code: node.code,
        title: node.title,
        kind: node.kind,
        maxPoints: node.maxPoints,
        capPoints: node.capPoints,
        position: node.position,
      })),
      select: { id: true, code: true },
    });
    // Codes are unique within a table, so they pair each row with its draft node.
    const byCode = new Map(rows.map((row) => [row.code, row.id]));
    for (const node of level) newIds.set(node.key, byCode.get(node.code)!);
  }
  await pointDeductions(tx, nodes, newIds);
  return newIds;
}

/** Moves the year's tasks and score lines from the old criteria to their copies. */
async function moveReferences(
  tx: AppTransaction,
  options: { blocYearId: string; usage: CriterionUsage; newIds: ReadonlyMap<string, string> },
) {
  let tasks = 0;
  let scoreLines = 0;
  for (const [oldId, newId] of options.newIds) {
    if (options.usage.tasks.has(oldId)) {
      tasks += (
        await tx.task.updateMany({
          where: { blocYearId: options.blocYearId, criterionId: oldId },
          data: { criterionId: newId, version: { increment: 1 } },
        })
      ).count;
    }
    if (options.usage.lines.has(oldId)) {
      // A score cell open in a browser now points at the old table: its save must be refused.
      scoreLines += (
        await tx.scoreLine.updateMany({
          where: { criterionId: oldId },
          data: { criterionId: newId, version: { increment: 1 } },
        })
      ).count;
    }
  }
  return { tasks, scoreLines };
}

/**
 * Scoring has started on the table: the edited tree becomes version n + 1, and the tasks, score
 * lines and rules that pointed at version n's criteria follow to their copies, in the caller's
 * transaction. Version n stays as it was, readable.
 */
export async function writeNewVersion(
  tx: AppTransaction,
  options: {
    user: SessionUser;
    table: OpenTable;
    after: readonly DraftNode[];
    diff: TreeDiff;
    usage: CriterionUsage;
  },
): Promise<{ id: string; version: number }> {
  const { table, user } = options;
  const created = await tx.scoreTable.create({
    data: {
      blocYearId: table.blocYearId,
      version: table.version + 1,
      title: table.title,
      maxPoints: table.maxPoints,
    },
    select: { id: true, version: true },
  });
  const newIds = await copyTree(tx, created.id, options.after);
  const moved = await moveReferences(tx, { blocYearId: table.blocYearId, usage: options.usage, newIds });
  await remapRulesDeduction(tx, { blocYearId: table.blocYearId, actorId: user.id, newIds });
  await recordAudit(tx, {
    actorId: user.id,
    blocYearId: table.blocYearId,
    entity: "ScoreTable",
    entityId: created.id,
    action: "createVersion",
    field: "version",
    oldValue: table.version,
    newValue: {
      version: created.version,
      tasksMoved: moved.tasks,
      scoreLinesMoved: moved.scoreLines,
    },
  });
  const reason = `Phiên bản ${created.version} của bảng điểm`;
  await auditTreeDiff(tx, {
    actorId: user.id,
    blocYearId: table.blocYearId,
    diff: options.diff,
    idOf: (key) => newIds.get(key) ?? key,
    reason,
  });
  return created;
}
