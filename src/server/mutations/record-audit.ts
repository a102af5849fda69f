import "server-only";
import type { AuditAction, AuditEntity, AuditFieldOf } from "@/domain/audit";
import type { Prisma } from "@/generated/prisma/client";

type AuditWriter = {
  auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> };
};

type AuditScalar = string | number | boolean;

/** A row written whole (created or deleted): only the entity's audited fields, by name. */
type AuditRecord<E extends AuditEntity> = {
  readonly [K in AuditFieldOf<E>]?: AuditScalar | readonly AuditScalar[] | null;
};

/**
 * A JSON document the log summarises rather than shows (the year's rules), marked as such with
 * `summarisedAuditValue` so no other object slips into the log unlabelled.
 */
declare const summarised: unique symbol;
export type SummarisedAuditValue = { readonly [summarised]: true };

export function summarisedAuditValue(value: Prisma.InputJsonObject | Prisma.JsonValue): SummarisedAuditValue {
  return value as unknown as SummarisedAuditValue;
}

type AuditChangeOf<E extends AuditEntity> = {
  actorId: string;
  blocYearId?: string;
  entity: E;
  entityId: string;
  action: AuditAction;
  field?: AuditFieldOf<E>;
  oldValue?: AuditScalar | readonly AuditScalar[] | AuditRecord<E> | SummarisedAuditValue;
  newValue?: AuditScalar | readonly AuditScalar[] | AuditRecord<E> | SummarisedAuditValue;
  reason?: string;
  /** What the change was about, in words (see AuditEvent.subject). */
  subject?: string;
};

/** One change of one audited entity: the entity names its fields (src/domain/audit/audit-vocabulary). */
export type AuditChange = { [E in AuditEntity]: AuditChangeOf<E> }[AuditEntity];

/**
 * Written in the same transaction as the change it records: no change without its trace. A change
 * made while the year is reopened for correction carries the correction's reason unless it has
 * its own, so every edit of a published result says why it was made: the database fills that in
 * (trigger "AuditEvent_correction_reason"), for this and every other writer of the log.
 */
export async function recordAudit(writer: AuditWriter, change: AuditChange): Promise<void> {
  await writer.auditEvent.create({
    // Summarised values are JSON documents under an opaque type (see SummarisedAuditValue).
    data: {
      ...change,
      reason: change.reason || undefined,
    } as unknown as Prisma.AuditEventUncheckedCreateInput,
  });
}
