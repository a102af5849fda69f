import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { AuditAction, AuditFieldOf } from "@/domain/audit";
import type { AppTransaction } from "@/server/database/connect";
import { type AuditChange, recordAudit } from "@/server/mutations/record-audit";

type FieldValue = string | number | boolean | Date | null | undefined;
type AwardEntity = "BallotTally" | "EligibilityFlag" | "AwardProposal";
type AuditTarget<E extends AwardEntity> = {
  actorId: string;
  blocYearId: string;
  entity: E;
  entityId: string;
  action: AuditAction;
  reason?: string;
  /** What the change was about, in words: the unit and the award (see AuditEvent.subject). */
  subject?: string;
};

/** Dates are audited as yyyy-mm-dd (they are calendar dates); an absent value is left empty. */
function auditValue(value: FieldValue): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? toIsoDay(value) : value;
}

const same = (a: FieldValue, b: FieldValue) => auditValue(a) === auditValue(b);

/** One audit event per field whose value changed, old → new (house rule: every changed field). */
export async function auditChangedFields<E extends AwardEntity>(
  tx: AppTransaction,
  target: AuditTarget<E>,
  before: Partial<Record<AuditFieldOf<E>, FieldValue>>,
  after: Partial<Record<AuditFieldOf<E>, FieldValue>>,
): Promise<number> {
  const fields = Object.keys(after) as AuditFieldOf<E>[];
  const changed = fields.filter((field) => !same(before[field], after[field]));
  for (const field of changed) {
    // The signature ties each field to its entity; the union type cannot follow a generic entity.
    await recordAudit(tx, {
      ...target,
      field,
      oldValue: auditValue(before[field]),
      newValue: auditValue(after[field]),
    } as AuditChange);
  }
  return changed.length;
}
