import { RULES_SECTION_LABEL } from "../vocabulary";
import {
  AUDIT_ACTION_LABEL,
  AUDIT_VOCABULARY,
  type AuditFieldSpec,
  auditFieldSpec,
  isAuditEntity,
} from "./audit-vocabulary";
import { type AuditLookups, formatAuditScalar } from "./format-audit-value";

/** A stored audit event, as the log reads it. */
export type StoredAuditEvent = {
  at: Date;
  entity: string;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
};

/** The event in words: every label Vietnamese, every id named, no code or JSON. */
export type AuditEventText = {
  entity: string;
  action: string;
  field: string | null;
  oldValue: string;
  newValue: string;
};

/** Rows written before their entity or field was in the vocabulary still read as words. */
const UNKNOWN_ENTITY = "Dữ liệu khác";
const UNKNOWN_FIELD = "nội dung khác";

export function auditEntityLabel(name: string): string {
  return isAuditEntity(name) ? AUDIT_VOCABULARY[name].label : UNKNOWN_ENTITY;
}

export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABEL, action)
    ? AUDIT_ACTION_LABEL[action as keyof typeof AUDIT_ACTION_LABEL]
    : "Thay đổi";
}

export function describeAuditEvent(event: StoredAuditEvent, lookups: AuditLookups): AuditEventText {
  const spec = event.field === null ? undefined : auditFieldSpec(event.entity, event.field);
  const values =
    spec?.kind === "rules"
      ? describeRulesChange(event.oldValue, event.newValue)
      : {
          oldValue: formatAuditValue(event, event.oldValue, spec, lookups),
          newValue: formatAuditValue(event, event.newValue, spec, lookups),
        };
  return {
    entity: auditEntityLabel(event.entity),
    action: auditActionLabel(event.action),
    field: event.field === null ? null : (spec?.label ?? UNKNOWN_FIELD),
    ...values,
  };
}

/**
 * A scalar by its field's kind; an object (a created or deleted row) as "Label: value" pairs of
 * the entity's audited fields, each by its own kind. Keys the entity does not audit are left out.
 */
function formatAuditValue(
  event: StoredAuditEvent,
  value: unknown,
  spec: AuditFieldSpec | undefined,
  lookups: AuditLookups,
): string {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const pairs = Object.entries(value).flatMap(([key, item]) => {
      const itemSpec = auditFieldSpec(event.entity, key);
      if (!itemSpec || itemSpec.kind === "rules") return [];
      return [
        `${itemSpec.label}: ${formatAuditScalar(item, { kind: itemSpec.kind, at: event.at, lookups })}`,
      ];
    });
    return pairs.length > 0 ? pairs.join("; ") : "—";
  }
  if (!spec) return value === null || value === undefined ? "—" : "(không rõ)";
  return formatAuditScalar(value, { kind: spec.kind, at: event.at, lookups });
}

/** A rules document is too large to show: the log says which of its parts changed. */
function describeRulesChange(oldValue: unknown, newValue: unknown) {
  const before = (oldValue ?? {}) as Record<string, unknown>;
  const after = (newValue ?? {}) as Record<string, unknown>;
  const changed = (Object.keys(RULES_SECTION_LABEL) as (keyof typeof RULES_SECTION_LABEL)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    oldValue: oldValue ? "bộ quy tắc trước đó" : "—",
    newValue:
      changed.length > 0
        ? `sửa ${changed.map((key) => RULES_SECTION_LABEL[key]).join(", ")}`
        : "lưu lại, không đổi nội dung",
  };
}
