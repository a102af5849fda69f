import "server-only";
import { auditEntityLabel, describeAuditEvent } from "@/domain/audit";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditFilter } from "@/schemas/audit/audit-filter";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadAuditLookups } from "./audit-lookups";

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit events in `scope` (already authorised by the caller), newest first, each
 * with its text in words (`text`), and the choices the filters offer within that scope.
 * `blocYearId` names the year whose awards the events may mention.
 */
export async function loadAuditPage(
  prisma: AppPrismaClient,
  options: { scope: Prisma.AuditEventWhereInput; filter: AuditFilter; blocYearId?: string },
) {
  const { scope } = options;
  const { entity, actor, page } = options.filter;
  const where = { AND: [scope, { ...(entity && { entity }), ...(actor && { actorId: actor }) }] };
  const [events, total, entities, actors] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        entity: true,
        entityId: true,
        subject: true,
        action: true,
        field: true,
        oldValue: true,
        newValue: true,
        reason: true,
        actorName: true,
      },
    }),
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.groupBy({ by: ["entity"], where: scope, orderBy: { entity: "asc" } }),
    prisma.auditEvent.groupBy({ by: ["actorId", "actorName"], where: scope }),
  ]);
  const actorIds = [...new Set(actors.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const [people, lookups] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, displayName: true },
    }),
    loadAuditLookups(prisma, { blocYearId: options.blocYearId, events }),
  ]);
  return {
    events: events.map((event) => ({ ...event, text: describeAuditEvent(event, lookups) })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entities: entities.map((row) => ({ value: row.entity, label: auditEntityLabel(row.entity) })),
    actors: actorChoices(people, actors),
  };
}

/**
 * The filter's people under their names of today, each with the names the log shows them under
 * (the rows keep the name of the moment), so a renamed person is still found by either name.
 */
function actorChoices(
  people: { id: string; displayName: string }[],
  logged: { actorId: string | null; actorName: string | null }[],
): { id: string; displayName: string }[] {
  return sortByVietnamese(
    people.map((person) => {
      const former = logged.flatMap((row) =>
        row.actorId === person.id && row.actorName && row.actorName !== person.displayName
          ? [row.actorName]
          : [],
      );
      const formerly = former.length > 0 ? ` (trước đây: ${[...new Set(former)].join(", ")})` : "";
      return { id: person.id, displayName: `${person.displayName}${formerly}` };
    }),
    (person) => person.displayName,
  );
}

export type AuditPage = Awaited<ReturnType<typeof loadAuditPage>>;
