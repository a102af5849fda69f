import "server-only";
import { validateCriteriaTree } from "@/domain/score-table/validate-criteria-tree";
import type { SetScoreTableScaleInput } from "@/schemas/score-table/edit-criteria";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { openTableForEdit } from "./open-table-for-edit";

/**
 * The table's title and nominal scale. The engine takes the maximum from the sections, so
 * changing the nominal scale re-scores nothing: it is made in place, but never below the sections' sum.
 */
export async function setScoreTableScale(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SetScoreTableScaleInput,
) {
  return prisma.$transaction(async (tx) => {
    const table = await openTableForEdit(tx, {
      user,
      scoreTableId: input.scoreTableId,
      revision: input.revision,
    });
    const validation = validateCriteriaTree(table.nodes, input.maxPoints);
    if (validation.errors.length > 0)
      throw new UserFacingError(validation.errors.map((issue) => issue.message).join(" "));
    const changes = (["title", "maxPoints"] as const).filter((field) => table[field] !== input[field]);
    if (changes.length > 0) {
      await tx.scoreTable.update({
        where: { id: table.id },
        data: { title: input.title, maxPoints: input.maxPoints },
      });
    }
    for (const field of changes) {
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: table.blocYearId,
        entity: "ScoreTable",
        entityId: table.id,
        action: "update",
        field,
        oldValue: table[field],
        newValue: input[field],
      });
    }
    return { scoreTableId: table.id, warnings: validation.warnings.map((issue) => issue.message) };
  });
}
