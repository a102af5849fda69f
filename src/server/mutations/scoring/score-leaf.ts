import "server-only";
import { typedLeafLimit } from "@/domain/score-entry/leaf-limit";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ForbiddenError, UserFacingError } from "@/server/errors";

export type ScoreLeaf = { id: string; blocYearId: string; code: string; kind: string; limit: number };

/** The criterion a cell names, with the bloc-year it belongs to (derived here, never sent). */
export async function findScoreLeaf(tx: AppPrismaClient | AppTransaction, criterionId: string) {
  const criterion = await tx.criterion.findUnique({
    where: { id: criterionId },
    select: {
      id: true,
      code: true,
      kind: true,
      maxPoints: true,
      capPoints: true,
      scoreTable: {
        select: {
          blocYearId: true,
          version: true,
          // The table in force, in the same query: the check below reads it.
          blocYear: {
            select: { scoreTables: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
          },
        },
      },
      _count: { select: { children: true } },
    },
  });
  if (!criterion) throw new ForbiddenError();
  return criterion;
}

type FoundCriterion = Awaited<ReturnType<typeof findScoreLeaf>>;

/**
 * Only leaves of the score table in force take typed points, and not task-derived ones: the
 * engine computes those from the tasks. Bonus and deduction leaves are limited by their cap.
 */
export function requireTypedLeaf(criterion: FoundCriterion): ScoreLeaf {
  const latest = criterion.scoreTable.blocYear.scoreTables[0];
  if (latest?.version !== criterion.scoreTable.version)
    throw new UserFacingError("Tiêu chí này thuộc một phiên bản bảng điểm cũ. Vui lòng tải lại trang.");
  if (criterion._count.children > 0 || criterion.kind === "SECTION")
    throw new UserFacingError("Chỉ nhập điểm cho tiêu chí chi tiết, không nhập cho nhóm tiêu chí.");
  if (criterion.kind === "TASK_DERIVED")
    throw new UserFacingError("Điểm của tiêu chí này được tính tự động từ kết quả thực hiện nhiệm vụ.");
  const limit = typedLeafLimit(criterion);
  return {
    id: criterion.id,
    blocYearId: criterion.scoreTable.blocYearId,
    code: criterion.code,
    kind: criterion.kind,
    limit,
  };
}
