import "server-only";
import type { DraftNode } from "@/domain/score-table/criteria-tree";
import { columnOf, type TreeDiff } from "@/domain/score-table/diff-criteria-trees";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";

/** A created or deleted node as the audit keeps it; ids as `idOf` names them (a new version's). */
function nodeSnapshot(node: DraftNode, idOf: (key: string) => string) {
  const { code, title, kind, maxPoints, capPoints, position } = node;
  const reducesId = node.reducesKey === null ? null : idOf(node.reducesKey);
  return { code, title, kind, maxPoints, capPoints, reducesId, position };
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
      newValue: nodeSnapshot(node, idOf),
    });
  }
  for (const node of diff.deleted) {
    await recordAudit(tx, {
      ...base,
      entityId: node.key,
      action: "delete",
      oldValue: nodeSnapshot(node, (key) => key),
    });
  }
  for (const change of diff.changes) {
    await recordAudit(tx, {
      ...base,
      entityId: idOf(change.key),
      action: "update",
      field: columnOf(change.field),
      // A value that is not set (e.g. no cap) is left empty in the audit row.
      ...(change.oldValue !== null && { oldValue: change.oldValue }),
      ...(change.newValue !== null && { newValue: change.newValue }),
    });
  }
}
