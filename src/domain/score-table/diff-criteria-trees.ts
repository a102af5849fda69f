import type { DraftNode } from "./criteria-tree";

export const COMPARED_FIELDS = [
  "parentKey",
  "code",
  "title",
  "kind",
  "maxPoints",
  "capPoints",
  "reducesKey",
  "position",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type CriterionColumn = Exclude<ComparedField, "parentKey" | "reducesKey"> | "parentId" | "reducesId";

/** The stored column of a draft field (keys are the criteria's ids). */
export function columnOf(field: ComparedField): CriterionColumn {
  return field === "parentKey" ? "parentId" : field === "reducesKey" ? "reducesId" : field;
}

export interface FieldChange {
  key: string;
  field: ComparedField;
  oldValue: string | number | null;
  newValue: string | number | null;
}

export interface TreeDiff {
  created: DraftNode[];
  deleted: DraftNode[];
  changes: FieldChange[];
}

/** What an edit changed, field by field: the audit trail and the writes both come from it. */
export function diffCriteriaTrees(before: readonly DraftNode[], after: readonly DraftNode[]): TreeDiff {
  const afterKeys = new Map(after.map((node) => [node.key, node]));
  const beforeKeys = new Set(before.map((node) => node.key));
  const changes: FieldChange[] = [];
  for (const old of before) {
    const next = afterKeys.get(old.key);
    if (!next) continue;
    for (const field of COMPARED_FIELDS) {
      if (old[field] !== next[field])
        changes.push({ key: old.key, field, oldValue: old[field], newValue: next[field] });
    }
  }
  return {
    created: after.filter((node) => !beforeKeys.has(node.key)),
    deleted: before.filter((node) => !afterKeys.has(node.key)),
    changes,
  };
}

/**
 * A change that alters how units are scored. Once scoring has started such a change goes into a
 * new version of the table, so the scores already given stay tied to the table they were given on;
 * renaming a criterion changes no score and is made in place.
 */
export function isStructural(diff: TreeDiff): boolean {
  return (
    diff.created.length > 0 ||
    diff.deleted.length > 0 ||
    diff.changes.some((change) => change.field !== "title")
  );
}
