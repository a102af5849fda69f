import "server-only";
import { levelThresholdProblems, type ScoringRules } from "@/domain/scoring";
import type { Prisma } from "@/generated/prisma/client";
import type { SaveScoringRulesInput } from "@/schemas/score-table/save-scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit, summarisedAuditValue } from "@/server/mutations/record-audit";
import { describeRulesConflict } from "./describe-rules-conflict";
import { authorizeYearRewrite } from "@/server/mutations/writable-bloc-year";

/** The rules' deduction criterion must be a deduction leaf of the table in force. */
async function checkDeductionCriterion(tx: AppTransaction, blocYearId: string, criterionId: string | null) {
  if (criterionId === null) return;
  const criterion = await tx.criterion.findFirst({
    where: { id: criterionId, kind: "DEDUCTION", children: { none: {} }, scoreTable: { blocYearId } },
    select: { scoreTableId: true },
  });
  const inForce = await tx.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!criterion || criterion.scoreTableId !== inForce?.id) {
    throw new UserFacingError(
      "Mục ghi điểm trừ nhiệm vụ không hoàn thành phải là một mục điểm trừ (không có mục con) của bảng điểm đang áp dụng.",
    );
  }
}

/** Assigned peer cross-checks name members of this year only. */
async function checkCrossCheckUnits(tx: AppTransaction, blocYearId: string, rules: ScoringRules) {
  const named = new Set(rules.crossCheck.assignments.flatMap((a) => [a.scorerUnitId, ...a.unitIds]));
  if (named.size === 0) return;
  const members = await tx.membership.count({ where: { blocYearId, unitId: { in: [...named] } } });
  if (members !== named.size)
    throw new UserFacingError("Phân công chấm chéo chỉ gồm các đơn vị thành viên của khối trong năm.");
}

/** The levels' thresholds against the maximum of the table in force (its sections' sum). */
async function checkLevelThresholds(tx: AppTransaction, blocYearId: string, rules: ScoringRules) {
  const sections = await tx.criterion.findMany({
    where: {
      parentId: null,
      kind: { in: ["SECTION", "MANUAL", "TASK_DERIVED"] },
      scoreTable: { blocYearId },
    },
    select: { maxPoints: true, scoreTable: { select: { version: true } } },
  });
  const latest = Math.max(0, ...sections.map((section) => section.scoreTable.version));
  const maxPoints = sections
    .filter((section) => section.scoreTable.version === latest)
    .reduce((sum, section) => sum + section.maxPoints, 0);
  const problems = levelThresholdProblems(rules.classificationLevels, maxPoints);
  if (problems.length > 0) throw new UserFacingError(problems.map((problem) => problem.message).join(" "));
}

/** The year's rules document, saved whole against the bloc-year's version and audited old → new. */
export async function saveScoringRules(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SaveScoringRulesInput,
) {
  return prisma.$transaction(async (tx) => {
    const blocYear = await authorizeYearRewrite(tx, {
      user,
      blocYearId: input.blocYearId,
      activity: "scoreTable",
    });
    const before = await tx.blocYear.findUniqueOrThrow({
      where: { id: blocYear.id },
      select: { rules: true, version: true },
    });
    if (before.version !== input.version)
      throw new ConflictError(describeRulesConflict(before.rules, input.rules));
    await checkDeductionCriterion(tx, blocYear.id, input.rules.taskCompletion.notDoneDeductionCriterionId);
    await checkLevelThresholds(tx, blocYear.id, input.rules);
    await checkCrossCheckUnits(tx, blocYear.id, input.rules);
    // ScoringRules holds only JSON values but, being an interface, lacks Prisma's index signature.
    const rules = input.rules as unknown as Prisma.InputJsonObject;
    const { count } = await tx.blocYear.updateMany({
      where: { id: blocYear.id, version: input.version },
      data: { rules, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "BlocYear",
      entityId: blocYear.id,
      action: "update",
      field: "rules",
      oldValue: summarisedAuditValue(before.rules),
      newValue: summarisedAuditValue(rules),
    });
    return { version: input.version + 1 };
  });
}
