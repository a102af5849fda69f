import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";

type FieldValue = string | number | boolean | Date | null | undefined;
type AuditTarget = {
  actorId: string;
  blocYearId: string;
  entity: string;
  entityId: string;
  action: string;
  reason?: string;
};

/** Dates are audited as yyyy-mm-dd (they are calendar dates); an absent value is left empty. */
function auditValue(value: FieldValue): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? toIsoDay(value) : value;
}

const same = (a: FieldValue, b: FieldValue) => auditValue(a) === auditValue(b);

/** One audit event per field whose value changed, old → new (house rule: every changed field). */
export async function auditChangedFields(
  tx: AppTransaction,
  target: AuditTarget,
  before: Record<string, FieldValue>,
  after: Record<string, FieldValue>,
): Promise<number> {
  const changed = Object.keys(after).filter((field) => !same(before[field], after[field]));
  for (const field of changed) {
    await recordAudit(tx, {
      ...target,
      field,
      oldValue: auditValue(before[field]),
      newValue: auditValue(after[field]),
    });
  }
  return changed.length;
}
