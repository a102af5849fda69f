import "server-only";
import { applyTreeEdit, type TreeEdit, TreeEditError } from "@/domain/score-table/edit-criteria-tree";
import { diffCriteriaTrees, isStructural } from "@/domain/score-table/diff-criteria-trees";
import { brokenReferences } from "@/domain/score-table/kept-references";
import { validateCriteriaTree } from "@/domain/score-table/validate-criteria-tree";
import type { EditCriteriaInput } from "@/schemas/score-table/edit-criteria";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { criterionUsage, isInUse } from "@/server/queries/score-table/criterion-usage";
import { openTableForEdit } from "./open-table-for-edit";
import { rulesDeductionCriterionId } from "./rules-deduction-criterion";
import { writeInPlace } from "./write-in-place";
import { writeNewVersion } from "./write-new-version";

export type EditCriteriaResult = {
  scoreTableId: string;
  version: number;
  newVersion: boolean;
  warnings: string[];
};

function toTreeEdit(input: EditCriteriaInput): TreeEdit {
  switch (input.operation) {
    case "add":
    case "update": {
      const { code, title, kind, maxPoints, capPoints, reducesId } = input;
      // Not sent (an older form): the deduction keeps the criterion it reduces.
      const fields = { code, title, kind, maxPoints, capPoints, reducesKey: reducesId };
      return input.operation === "add"
        ? { kind: "add", parentKey: input.parentId, fields }
        : { kind: "update", key: input.criterionId, fields };
    }
    case "delete":
      return { kind: "delete", key: input.criterionId };
    case "move":
      return { kind: "move", key: input.criterionId, direction: input.direction };
  }
}

function applyOrRefuse(...args: Parameters<typeof applyTreeEdit>) {
  try {
    return applyTreeEdit(...args);
  } catch (error) {
    if (error instanceof TreeEditError) throw new UserFacingError(error.message);
    throw error;
  }
}

/**
 * One edit of the criteria tree in force. Before scoring starts (no task, no score line on the
 * table) the table changes in place; after, a change to its structure becomes a new version
 * that the year's tasks and scores move to. Either way the tree is checked as a whole first.
 */
export async function editCriteria(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: EditCriteriaInput,
): Promise<EditCriteriaResult> {
  return prisma.$transaction(async (tx) => {
    const focusKey = input.operation === "add" ? undefined : input.criterionId;
    const table = await openTableForEdit(tx, {
      user,
      scoreTableId: input.scoreTableId,
      revision: input.revision,
      focusKey,
    });
    const after = applyOrRefuse(table.nodes, toTreeEdit(input));
    const validation = validateCriteriaTree(after, table.maxPoints);
    if (validation.errors.length > 0)
      throw new UserFacingError(validation.errors.map((issue) => issue.message).join(" "));
    const diff = diffCriteriaTrees(table.nodes, after);
    const usage = await criterionUsage(tx, table.id);
    const rulesDeductionKey = await rulesDeductionCriterionId(tx, table.blocYearId);
    const problems = brokenReferences(table.nodes, diff, { ...usage, rulesDeductionKey });
    if (problems.length > 0) throw new UserFacingError(problems.join(" "));
    const warnings = validation.warnings.map((issue) => issue.message);
    if (isStructural(diff) && isInUse(usage)) {
      const created = await writeNewVersion(tx, { user, table, after, diff, usage });
      return { scoreTableId: created.id, version: created.version, newVersion: true, warnings };
    }
    await writeInPlace(tx, { user, table, diff });
    return { scoreTableId: table.id, version: table.version, newVersion: false, warnings };
  });
}
