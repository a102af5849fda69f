import "server-only";
import type { DraftNode } from "@/domain/score-table/criteria-tree";
import type { TreeDiff } from "@/domain/score-table/diff-criteria-trees";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";

export function nodeSnapshot(node: DraftNode) {
  const { code, title, kind, maxPoints, capPoints, position } = node;
  return { code, title, kind, maxPoints, capPoints, reducesId: node.reducesKey, position };
}

/**
 * One audit event per created or deleted criterion and per changed field, old → new.
 * `idOf` names the row each event is about (in a new version: the copy).
 */
export async function auditTreeDiff(
  tx: AppTransaction,
  options: {
    actorId: string;
    blocYearId: string;
    diff: TreeDiff;
    idOf: (key: string) => string;
    reason?: string;
  },
): Promise<void> {
  const { actorId, blocYearId, diff, idOf, reason } = options;
  const base = { actorId, blocYearId, entity: "Criterion" as const, ...(reason && { reason }) };
  for (const node of diff.created) {
    await recordAudit(tx, {
      ...base,
      entityId: idOf(node.key),
      action: "create",
      newValue: nodeSnapshot(node),
    });
  }
  for (const node of diff.deleted) {
    await recordAudit(tx, { ...base, entityId: node.key, action: "delete", oldValue: nodeSnapshot(node) });
  }
  for (const change of diff.changes) {
    await recordAudit(tx, {
      ...base,
      entityId: idOf(change.key),
      action: "update",
      field:
        change.field === "parentKey"
          ? "parentId"
          : change.field === "reducesKey"
            ? "reducesId"
            : change.field,
      // A value that is not set (e.g. no cap) is left empty in the audit row.
      ...(change.oldValue !== null && { oldValue: change.oldValue }),
      ...(change.newValue !== null && { newValue: change.newValue }),
    });
  }
}
