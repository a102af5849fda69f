import "server-only";
import { NAMED_UNIT } from "@/server/queries/unit-names-select";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";

/**
 * Everything the scoring engine needs about one bloc-year. Callers have authorised the bloc-year
 * already; the score table in force is the highest version. The queries run one after another:
 * on a transaction's single connection parallel queries would only queue (and pg warns).
 */
export async function loadScoringRows(prisma: AppPrismaClient | AppTransaction, blocYearId: string) {
  const blocYear = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      year: true,
      rules: true,
      memberships: {
        select: {
          unitId: true,
          joinedOn: true,
          leftOn: true,
          unit: NAMED_UNIT,
        },
      },
      tasks: {
        select: {
          id: true,
          number: true,
          title: true,
          ownerUnitId: true,
          criterionId: true,
          weight: true,
          deadline: true,
          status: true,
          completedOn: true,
          completionShare: true,
        },
      },
      ballotTallies: { select: { unitId: true, awardCode: true, votesFor: true, votersPresent: true } },
      eligibilityFlags: { select: { unitId: true, kind: true, since: true, resolvedOn: true } },
    },
  });
  const table = await prisma.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      maxPoints: true,
      criteria: { select: CRITERION_SELECT },
    },
  });
  const scoreLines = table
    ? await prisma.scoreLine.findMany({
        where: { sheet: { blocYearId }, criterion: { scoreTableId: table.id } },
        select: {
          id: true,
          criterionId: true,
          points: true,
          explanation: true,
          sheet: { select: { unitId: true, stage: true } },
        },
      })
    : [];
  return {
    ...blocYear,
    scoreTable: table && { id: table.id, version: table.version, maxPoints: table.maxPoints },
    criteria: table?.criteria ?? [],
    scoreLines,
  };
}

export type BlocYearScoringRows = Awaited<ReturnType<typeof loadScoringRows>>;
