import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type AuditWriter = {
  auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> };
};

export type AuditChange = {
  actorId: string;
  blocYearId?: string;
  entity: string;
  entityId: string;
  action: string;
  field?: string;
  oldValue?: Prisma.InputJsonValue;
  newValue?: Prisma.InputJsonValue;
  reason?: string;
  /** What the change was about, in words (see AuditEvent.subject). */
  subject?: string;
};

/** Written in the same transaction as the change it records: no change without its trace. */
export async function recordAudit(writer: AuditWriter, change: AuditChange): Promise<void> {
  await writer.auditEvent.create({ data: change });
}
