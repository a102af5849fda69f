import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "../record-audit";
import type { LineValues } from "./write-score-line";

const FIELDS = ["points", "explanation", "evidenceUrl"] as const;

type AuditContext = {
  tx: AppTransaction;
  actorId: string;
  blocYearId: string;
  subject: string;
  /** Why, when the change has its own reason (an accepted objection). */
  reason?: string;
};
type LineChange = { lineId: string; before: LineValues | null; after: LineValues | null };

/** One audit event per field that changed, old → new (null where the line did not exist). */
export async function auditLineChange(
  { tx, actorId, blocYearId, subject, reason }: AuditContext,
  change: LineChange,
): Promise<void> {
  const action = change.before === null ? "create" : change.after === null ? "delete" : "update";
  for (const field of FIELDS) {
    const oldValue = change.before?.[field] ?? null;
    const newValue = change.after?.[field] ?? null;
    if (oldValue === newValue) continue;
    await recordAudit(tx, {
      actorId,
      blocYearId,
      entity: "ScoreLine",
      entityId: change.lineId,
      subject,
      action,
      field,
      ...(reason !== undefined && { reason }),
      ...(oldValue !== null && { oldValue }),
      ...(newValue !== null && { newValue }),
    });
  }
}
