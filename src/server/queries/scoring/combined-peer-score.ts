import "server-only";
import { combineScores, sumByScorer } from "@/domain/scoring/combine-scores";
import type { CrossCheckCombine } from "@/domain/scoring";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

type Where = { blocYearId: string; unitId?: string; criterionId?: string };

/**
 * The peers' combined cross-check by "unitId|criterionId", as the engine counts it: each
 * scorer's lines added up, combined by the rules, limited to the leaf's maximum or cap
 * (`limitOf`). Cells no peer has scored are absent.
 */
export async function combinedPeerScores(
  prisma: AppPrismaClient | AppTransaction,
  where: Where & { combine: CrossCheckCombine; limitOf: (criterionId: string) => number },
): Promise<Map<string, number>> {
  const lines = await prisma.scoreLine.findMany({
    where: {
      ...(where.criterionId !== undefined && { criterionId: where.criterionId }),
      sheet: {
        blocYearId: where.blocYearId,
        ...(where.unitId !== undefined && { unitId: where.unitId }),
        stage: "CROSS_CHECK",
        scorerUnitId: { not: null },
      },
    },
    select: { criterionId: true, points: true, sheet: { select: { unitId: true, scorerUnitId: true } } },
  });
  const byCell = new Map<
    string,
    { criterionId: string; lines: { scorerUnitId: string | null; points: number }[] }
  >();
  for (const line of lines) {
    const key = `${line.sheet.unitId}|${line.criterionId}`;
    const cell = byCell.get(key) ?? { criterionId: line.criterionId, lines: [] };
    cell.lines.push({ scorerUnitId: line.sheet.scorerUnitId, points: line.points });
    byCell.set(key, cell);
  }
  return new Map(
    [...byCell].map(([key, cell]) => {
      const combined = combineScores([...sumByScorer(cell.lines).values()], where.combine);
      return [key, Math.min(combined, where.limitOf(cell.criterionId))];
    }),
  );
}

/** One cell's combined peer cross-check (see combinedPeerScores), or null when no peer scored it. */
export async function combinedPeerScore(
  prisma: AppPrismaClient | AppTransaction,
  target: {
    blocYearId: string;
    unitId: string;
    criterionId: string;
    combine: CrossCheckCombine;
    limit: number;
  },
): Promise<number | null> {
  const scores = await combinedPeerScores(prisma, { ...target, limitOf: () => target.limit });
  return scores.get(`${target.unitId}|${target.criterionId}`) ?? null;
}
