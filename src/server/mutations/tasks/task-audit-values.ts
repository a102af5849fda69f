import { toIsoDay } from "@/domain/calendar";
import type { AuditFieldOf } from "@/domain/audit";

type TaskField = AuditFieldOf<"Task">;
type TaskValue = string | number | boolean | null;

/** The audited fields of a task, as JSON values (dates as ISO days, so old → new reads plainly). */
export type TaskAuditFields = Partial<Record<TaskField, TaskValue>>;

export function definitionValues(task: {
  title: string;
  ownerUnitId: string;
  sourceDocumentId: string | null;
  weight: number;
  isKey: boolean;
  deadline: Date;
  criterionId: string | null;
}): TaskAuditFields {
  return {
    title: task.title,
    ownerUnitId: task.ownerUnitId,
    sourceDocumentId: task.sourceDocumentId,
    weight: task.weight,
    isKey: task.isKey,
    deadline: toIsoDay(task.deadline),
    criterionId: task.criterionId,
  };
}

export function progressValues(task: {
  status: string;
  completedOn: Date | null;
  completionShare: number;
  evidenceNote: string | null;
  evidenceUrl: string | null;
}): TaskAuditFields {
  return {
    status: task.status,
    completedOn: task.completedOn && toIsoDay(task.completedOn),
    completionShare: task.completionShare,
    evidenceNote: task.evidenceNote,
    evidenceUrl: task.evidenceUrl,
  };
}

export type FieldChange = {
  field: TaskField;
  oldValue?: string | number | boolean;
  newValue?: string | number | boolean;
};

/** Fields whose value differs, each with old → new; an empty side is left out (stored as NULL). */
export function changedFields(before: TaskAuditFields, after: TaskAuditFields): FieldChange[] {
  return (Object.keys(after) as TaskField[]).flatMap((field) =>
    JSON.stringify(before[field]) === JSON.stringify(after[field])
      ? []
      : [{ field, oldValue: before[field] ?? undefined, newValue: after[field] ?? undefined }],
  );
}
