import "server-only";
import {
  type AuditLookups,
  type AuditValueKind,
  auditFieldSpec,
  type StoredAuditEvent,
} from "@/domain/audit";
import { todayInVietnam } from "@/domain/calendar";
import type { AppPrismaClient } from "@/server/database/connect";
import { UNIT_NAMES, storedNameOn } from "@/server/queries/unit-names-select";

type IdKind = "unit" | "user" | "criterion" | "sourceDocument";

const ID_KIND: Partial<Record<AuditValueKind, IdKind>> = {
  unit: "unit",
  units: "unit",
  user: "user",
  criterion: "criterion",
  sourceDocument: "sourceDocument",
};

/**
 * What the page's events name, looked up in one query per kind of id (not one per row): units
 * with their dated names, users, criteria, source documents, and the year's award names.
 */
export async function loadAuditLookups(
  prisma: AppPrismaClient,
  /** `blocYearId`: the year whose award names the events may mention; none outside a year. */
  options: { blocYearId?: string; events: readonly StoredAuditEvent[] },
): Promise<AuditLookups> {
  const ids = collectIds(options.events);
  const [units, users, criteria, documents, year] = await Promise.all([
    prisma.unit.findMany({ where: { id: { in: [...ids.unit] } }, select: { id: true, ...UNIT_NAMES } }),
    prisma.user.findMany({ where: { id: { in: [...ids.user] } }, select: { id: true, displayName: true } }),
    prisma.criterion.findMany({
      where: { id: { in: [...ids.criterion] } },
      select: { id: true, code: true, title: true },
    }),
    prisma.sourceDocument.findMany({
      where: { id: { in: [...ids.sourceDocument] } },
      select: { id: true, code: true, title: true },
    }),
    options.blocYearId
      ? prisma.blocYear.findUniqueOrThrow({ where: { id: options.blocYearId }, select: { rules: true } })
      : { rules: null },
  ]);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.names]));
  const userNames = new Map(users.map((row) => [row.id, row.displayName]));
  const criterionNames = new Map(criteria.map((row) => [row.id, `${row.code} ${row.title}`]));
  const documentNames = new Map(documents.map((row) => [row.id, `${row.code} – ${row.title}`]));
  const awardNames = new Map(awardsOf(year.rules).map((award) => [award.code, award.name]));
  return {
    unitName(id, at) {
      const names = unitNames.get(id);
      // A change dated before the unit's first name (only hand-made rows can be) reads by that name.
      return names && (storedNameOn(names, todayInVietnam(at)) ?? earliest(names))?.name;
    },
    userName: (id) => userNames.get(id),
    criterionName: (id) => criterionNames.get(id),
    sourceDocumentName: (id) => documentNames.get(id),
    awardName: (code) => awardNames.get(code),
  };
}

function collectIds(events: readonly StoredAuditEvent[]): Record<IdKind, Set<string>> {
  const ids: Record<IdKind, Set<string>> = {
    unit: new Set(),
    user: new Set(),
    criterion: new Set(),
    sourceDocument: new Set(),
  };
  const add = (entity: string, field: string | null, value: unknown) => {
    if (value === null || value === undefined) return;
    if (typeof value === "object" && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) add(entity, key, item);
      return;
    }
    const kind = field === null ? undefined : ID_KIND[auditFieldSpec(entity, field)?.kind ?? "text"];
    if (!kind) return;
    for (const item of Array.isArray(value) ? value : [value])
      if (typeof item === "string") ids[kind].add(item);
  };
  for (const event of events) {
    add(event.entity, event.field, event.oldValue);
    add(event.entity, event.field, event.newValue);
  }
  return ids;
}

/** The year's awards from its rules document (code → name), whatever else the document holds. */
function awardsOf(rules: unknown): { code: string; name: string }[] {
  const awards = (rules as { awards?: unknown } | null)?.awards;
  if (!Array.isArray(awards)) return [];
  return awards.filter(
    (award): award is { code: string; name: string } =>
      typeof award?.code === "string" && typeof award?.name === "string",
  );
}

function earliest<T extends { validFrom: Date }>(names: readonly T[]): T | undefined {
  return [...names].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime())[0];
}
