import "server-only";
import { columnOf, type TreeDiff } from "@/domain/score-table/diff-criteria-trees";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppTransaction } from "@/server/database/connect";
import { auditTreeDiff } from "./audit-tree-diff";
import type { OpenTable } from "./open-table-for-edit";

type FieldData = Record<string, string | number | null>;

function changedFieldsByKey(diff: TreeDiff): Map<string, FieldData> {
  const byKey = new Map<string, FieldData>();
  for (const change of diff.changes) {
    const field = columnOf(change.field);
    byKey.set(change.key, { ...byKey.get(change.key), [field]: change.newValue });
  }
  return byKey;
}

/** Applies an edit to the stored table itself (no score or task depends on what changes). */
export async function writeInPlace(
  tx: AppTransaction,
  options: { user: SessionUser; table: OpenTable; diff: TreeDiff },
): Promise<void> {
  const { table, diff } = options;
  const createdIds = new Map<string, string>();
  for (const node of diff.created) {
    const row = await tx.criterion.create({
      data: {
        scoreTableId: table.id,
        parentId: node.parentKey,
        code: node.code,
        title: node.title,
        kind: node.kind,
        maxPoints: node.maxPoints,
        capPoints: node.capPoints,
        reducesId: node.reducesKey,
        position: node.position,
      },
      select: { id: true },
    });
    createdIds.set(node.key, row.id);
  }
  if (diff.deleted.length > 0) {
    await tx.criterion.deleteMany({
      where: { scoreTableId: table.id, id: { in: diff.deleted.map((node) => node.key) } },
    });
  }
  for (const [id, data] of changedFieldsByKey(diff)) {
    await tx.criterion.update({ where: { id }, data });
  }
  await auditTreeDiff(tx, {
    actorId: options.user.id,
    blocYearId: table.blocYearId,
    diff,
    idOf: (key) => createdIds.get(key) ?? key,
  });
}
