import "server-only";
import { NAMED_UNIT } from "@/server/queries/unit-names-select";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { AppPrismaClient } from "@/server/database/connect";

/** The bloc-year's members and one stage's sheets with their lines on the table in force. */
export async function loadScoreGridRows(
  prisma: AppPrismaClient,
  options: { blocYearId: string; scoreTableId: string | null; stage: ScoreStage },
) {
  const { blocYearId, scoreTableId, stage } = options;
  const [memberships, criteria, sheets] = await Promise.all([
    prisma.membership.findMany({
      where: { blocYearId },
      select: {
        unitId: true,
        unit: NAMED_UNIT,
      },
    }),
    scoreTableId
      ? prisma.criterion.findMany({
          where: { scoreTableId },
          select: {
            id: true,
            parentId: true,
            code: true,
            title: true,
            kind: true,
            maxPoints: true,
            capPoints: true,
            position: true,
          },
        })
      : Promise.resolve([]),
    prisma.scoreSheet.findMany({
      where: { blocYearId, stage },
      select: {
        id: true,
        unitId: true,
        status: true,
        version: true,
        returnReason: true,
        submittedAt: true,
        approvedAt: true,
        lines: {
          where: { criterion: { scoreTableId: scoreTableId ?? "-none-" } },
          select: {
            criterionId: true,
            points: true,
            explanation: true,
            evidenceUrl: true,
            version: true,
            updatedAt: true,
            enteredBy: { select: { displayName: true } },
          },
        },
      },
    }),
  ]);
  return { memberships, criteria, sheets };
}

export type ScoreGridRows = Awaited<ReturnType<typeof loadScoreGridRows>>;
