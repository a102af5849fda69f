import "server-only";
import { isPeerCrossCheck } from "@/domain/score-entry/peer-scoring";
import type { ScoringRules } from "@/domain/scoring";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { combinedPeerScores } from "@/server/queries/scoring/combined-peer-score";

/** A unit's cross-check and final figure on one leaf (hundredths), null where nobody scored. */
export type UnitFigure = { crossCheck: number | null; final: number | null };

/**
 * The figures a member may object to, as the engine reads them: the final line, and the
 * cross-check — the secretariat's line, or with peer cross-checking the peers' combined figure.
 */
export async function loadUnitFigures(
  prisma: AppPrismaClient | AppTransaction,
  options: {
    blocYearId: string;
    unitId: string;
    rules: ScoringRules;
    limitOf: (criterionId: string) => number;
    criterionId?: string;
  },
): Promise<Map<string, UnitFigure>> {
  const { blocYearId, unitId, rules } = options;
  const peers = isPeerCrossCheck(rules.crossCheck);
  const lines = await prisma.scoreLine.findMany({
    where: {
      ...(options.criterionId !== undefined && { criterionId: options.criterionId }),
      sheet: {
        blocYearId,
        unitId,
        scorerUnitId: null,
        stage: { in: peers ? ["FINAL"] : ["CROSS_CHECK", "FINAL"] },
      },
    },
    select: { criterionId: true, points: true, sheet: { select: { stage: true } } },
  });
  const figures = new Map<string, UnitFigure>();
  const figureOf = (criterionId: string) => {
    const figure = figures.get(criterionId) ?? { crossCheck: null, final: null };
    figures.set(criterionId, figure);
    return figure;
  };
  for (const line of lines) {
    const figure = figureOf(line.criterionId);
    if (line.sheet.stage === "FINAL") figure.final = line.points;
    else figure.crossCheck = line.points;
  }
  if (peers) {
    const combined = await combinedPeerScores(prisma, {
      blocYearId,
      unitId,
      ...(options.criterionId !== undefined && { criterionId: options.criterionId }),
      combine: rules.crossCheck.combine,
      limitOf: options.limitOf,
    });
    for (const [key, points] of combined) figureOf(key.split("|")[1] ?? "").crossCheck = points;
  }
  return figures;
}
