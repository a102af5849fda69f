export {
  AUDIT_ACTION_LABEL,
  AUDIT_ENTITIES,
  AUDIT_VOCABULARY,
  type AuditAction,
  type AuditEntity,
  type AuditFieldOf,
  type AuditFieldSpec,
  type AuditValueKind,
  auditFieldSpec,
  isAuditEntity,
} from "./audit-vocabulary";
export {
  type AuditEventText,
  auditActionLabel,
  auditEntityLabel,
  describeAuditEvent,
  type StoredAuditEvent,
} from "./describe-audit-event";
export { AUDIT_CODE_FAMILIES, type AuditLookups, formatAuditScalar } from "./format-audit-value";
