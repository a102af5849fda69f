import "server-only";
import { NAMED_UNIT } from "@/server/queries/unit-names-select";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";
import { loadScoreLineFactRows, loadTaskFactRows } from "./scoring-fact-rows";

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
  const tasks = await loadTaskFactRows(prisma, blocYearId);
  const scoreLines = table ? await loadScoreLineFactRows(prisma, { blocYearId, scoreTableId: table.id }) : [];
  return {
    ...blocYear,
    tasks,
    scoreTable: table && { id: table.id, version: table.version, maxPoints: table.maxPoints },
    criteria: table?.criteria ?? [],
    scoreLines,
  };
}

export type BlocYearScoringRows = Awaited<ReturnType<typeof loadScoringRows>>;
