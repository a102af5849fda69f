import { formatDate } from "../calendar";
import { formatPoints, formatShare } from "../format";
import {
  BLOC_ROLE_LABEL,
  BLOC_YEAR_STATUS_LABEL,
  CRITERION_KIND_LABEL,
  ELIGIBILITY_FLAG_LABEL,
  OBJECTION_STATUS_LABEL,
  PROPOSAL_STATUS_LABEL,
  REGISTRATION_KIND_LABEL,
  ROTATION_RULE_LABEL,
  SCORE_STAGE_LABEL,
  SHEET_STATUS_LABEL,
  TASK_STATUS_LABEL,
} from "../vocabulary";
import type { AuditValueKind } from "./audit-vocabulary";

/** What ids and award codes name, as the audit log's reader knows them. */
export type AuditLookups = {
  /** The unit's name on the day of the change (a renamed unit keeps its old name in old rows). */
  unitName(id: string, at: Date): string | undefined;
  userName(id: string): string | undefined;
  criterionName(id: string): string | undefined;
  sourceDocumentName(id: string): string | undefined;
  awardName(code: string): string | undefined;
};

/**
 * Each code family with its own labels: a field's kind picks the family, so a criterion kind
 * "MANUAL" never reads as the rotation rule "MANUAL".
 */
export const AUDIT_CODE_FAMILIES = {
  blocRole: BLOC_ROLE_LABEL,
  yearStatus: BLOC_YEAR_STATUS_LABEL,
  sheetStatus: SHEET_STATUS_LABEL,
  taskStatus: TASK_STATUS_LABEL,
  proposalStatus: PROPOSAL_STATUS_LABEL,
  objectionStatus: OBJECTION_STATUS_LABEL,
  scoreStage: SCORE_STAGE_LABEL,
  eligibilityFlag: ELIGIBILITY_FLAG_LABEL,
  registrationKind: REGISTRATION_KIND_LABEL,
  criterionKind: CRITERION_KIND_LABEL,
  rotationRule: ROTATION_RULE_LABEL,
} as const satisfies Partial<Record<AuditValueKind, Record<string, string>>>;

type CodeKind = keyof typeof AUDIT_CODE_FAMILIES;

const isCodeKind = (kind: AuditValueKind): kind is CodeKind => Object.hasOwn(AUDIT_CODE_FAMILIES, kind);

/** A value no label or lookup knows: said so, never shown raw (it could be an id or a code). */
const UNKNOWN = "(không rõ)";

type Context = { kind: AuditValueKind; at: Date; lookups: AuditLookups };

/** One audited scalar or list, written as the field's kind says. */
export function formatAuditScalar(value: unknown, context: Context): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "không có";
    const itemKind = context.kind === "units" ? "unit" : context.kind;
    return value.map((item) => formatAuditScalar(item, { ...context, kind: itemKind })).join(", ");
  }
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return formatNumber(value, context.kind);
  if (typeof value === "string") return formatString(value, context);
  return UNKNOWN;
}

function formatNumber(value: number, kind: AuditValueKind): string {
  switch (kind) {
    case "points":
      return `${formatPoints(value)} điểm`;
    case "share":
      return formatShare(value);
    case "taskNumbers":
      return `số ${value}`;
    default:
      return String(value);
  }
}

function formatString(value: string, { kind, at, lookups }: Context): string {
  if (isCodeKind(kind)) return (AUDIT_CODE_FAMILIES[kind] as Record<string, string>)[value] ?? UNKNOWN;
  switch (kind) {
    case "date":
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? formatDate(value.slice(0, 10)) : UNKNOWN;
    case "unit":
    case "units":
      return lookups.unitName(value, at) ?? "(đơn vị không còn trong dữ liệu)";
    case "user":
      return lookups.userName(value) ?? "(tài khoản không còn trong dữ liệu)";
    case "criterion":
      return lookups.criterionName(value) ?? "(tiêu chí đã xóa)";
    case "sourceDocument":
      return lookups.sourceDocumentName(value) ?? "(văn bản đã xóa)";
    case "award":
      return lookups.awardName(value) ?? "(hình thức khen thưởng không còn trong quy tắc)";
    case "text":
      return value;
    default:
      return UNKNOWN;
  }
}
