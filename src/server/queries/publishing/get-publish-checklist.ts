import "server-only";
import { publishChecklist, type ChecklistItem, type PublishChecklistInput } from "@/domain/publishing";
import { rankAgencies } from "@/domain/scoring";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { toScoringInput } from "@/server/mappers/scoring-input";
import { engineRefusal } from "@/server/queries/awards/engine-refusal";
import { loadScoringRows, type BlocYearScoringRows } from "@/server/queries/load-scoring-rows";

/**
 * The checklist of one bloc-year as of a day (ISO). Callers have authorised the bloc-year; the
 * publication runs it inside its own transaction, so what it checks is what it freezes.
 */
export async function getPublishChecklist(
  prisma: AppPrismaClient | AppTransaction,
  options: { blocYearId: string; asOf: string },
): Promise<ChecklistItem[]> {
  // One after another: publishing runs this on its transaction's single connection.
  const rows = await loadScoringRows(prisma, options.blocYearId);
  const sheets = await prisma.scoreSheet.findMany({
    where: { blocYearId: options.blocYearId },
    select: { unitId: true, stage: true, status: true },
  });
  const proposals = await prisma.awardProposal.findMany({
    where: { blocYearId: options.blocYearId },
    select: { unitId: true, awardCode: true },
  });
  const openBallots = await prisma.ballot.count({
    where: { blocYearId: options.blocYearId, status: "OPEN" },
  });
  const openObjections = await prisma.objection.findMany({
    where: { blocYearId: options.blocYearId, status: "OPEN" },
    select: { number: true, unitId: true, criterion: { select: { code: true } } },
  });
  const input = toScoringInput(rows, options.asOf);
  const result = await engineRefusal(() => Promise.resolve(rankAgencies(input)));
  const proposed = new Set(proposals.map((proposal) => `${proposal.unitId}|${proposal.awardCode}`));
  return publishChecklist({
    asOf: options.asOf,
    units: result.units.map((unit) => ({ unitId: unit.unitId, name: unit.name })),
    manualCriteria: manualLeaves(rows.criteria),
    scoreLines: rows.scoreLines,
    allowSelfScoreFallback: input.rules.allowSelfScoreFallback,
    sheets,
    tasks: rows.tasks,
    awards: input.rules.awards.map((award) => ({
      code: award.code,
      name: award.name,
      needsBallot: award.ballotThreshold !== null,
      hasTally: rows.ballotTallies.some((tally) => tally.awardCode === award.code),
    })),
    candidates: result.units.flatMap((unit) =>
      unit.awards
        .filter((award) => award.candidate)
        .map((award) => ({
          unitId: unit.unitId,
          awardCode: award.awardCode,
          hasProposal: proposed.has(`${unit.unitId}|${award.awardCode}`),
        })),
    ),
    ballotOpen: openBallots > 0,
    openObjections: openObjections.map((o) => ({
      number: o.number,
      unitId: o.unitId,
      criterionCode: o.criterion.code,
    })),
  } satisfies PublishChecklistInput);
}

function manualLeaves(criteria: BlocYearScoringRows["criteria"]) {
  const parents = new Set(criteria.map((criterion) => criterion.parentId));
  return criteria
    .filter((criterion) => criterion.kind === "MANUAL" && !parents.has(criterion.id))
    .sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true }));
}
