import "server-only";
import { auditEntityLabel, describeAuditEvent } from "@/domain/audit";
import type { AuditFilter } from "@/schemas/audit/audit-filter";
import type { SessionUser } from "@/server/auth/session-user";
import {
  authorizeBlocYear,
  blocYearsAllowed,
  mayReadAuditLog,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadAuditLookups } from "./audit-lookups";

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of a bloc-year's audit events, newest first, each with its text in words (`text`),
 * and the choices the filters offer.
 */
export async function listAuditEvents(
  prisma: AppPrismaClient,
  user: SessionUser,
  options: { blocYearId: string; filter: AuditFilter },
) {
  const blocYear = await authorizeBlocYear(prisma, { user, blocYearId: options.blocYearId, action: "view" });
  const visibility = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYear.id },
    select: YEAR_VISIBILITY_SELECT,
  });
  if (!mayReadAuditLog(user, yearVisibility(visibility))) return null;
  const { entity, actor, page } = options.filter;
  const where = { blocYearId: blocYear.id, ...(entity && { entity }), ...(actor && { actorId: actor }) };
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
        actor: { select: { displayName: true } },
      },
    }),
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.groupBy({
      by: ["entity"],
      where: { blocYearId: blocYear.id },
      orderBy: { entity: "asc" },
    }),
    prisma.auditEvent.groupBy({ by: ["actorId"], where: { blocYearId: blocYear.id } }),
  ]);
  const actorIds = actors.flatMap((row) => (row.actorId ? [row.actorId] : []));
  const [people, lookups] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, displayName: true },
      orderBy: { displayName: "asc" },
    }),
    loadAuditLookups(prisma, { blocYearId: blocYear.id, events }),
  ]);
  return {
    events: events.map((event) => ({ ...event, text: describeAuditEvent(event, lookups) })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entities: entities.map((row) => ({ value: row.entity, label: auditEntityLabel(row.entity) })),
    actors: people,
  };
}

export type AuditPage = NonNullable<Awaited<ReturnType<typeof listAuditEvents>>>;

/** The other years of the same bloc the user may see, for the page's year switch. */
export async function listViewableYears(prisma: AppPrismaClient, user: SessionUser, blocId: string) {
  const rows = await prisma.blocYear.findMany({
    where: { blocId, AND: [blocYearsAllowed(user, "view")] },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((row) => row.year);
}
