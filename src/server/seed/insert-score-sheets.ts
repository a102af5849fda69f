import { fromIsoDay } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import { idFor } from "./refs";
import type { SeedSheet } from "./score-sheets";

/** A bloc-year's seeded score sheets and their lines, in two inserts. */
export async function insertScoreSheets(
  tx: Prisma.TransactionClient,
  options: { blocYearId: string; unitIds: ReadonlyMap<string, string>; sheets: readonly SeedSheet[] },
): Promise<void> {
  const { blocYearId, unitIds, sheets } = options;
  const criteria = await tx.criterion.findMany({
    where: { scoreTable: { blocYearId } },
    select: { id: true, code: true },
  });
  const criterionIds = new Map(criteria.map((criterion) => [criterion.code, criterion.id]));
  const rows = await tx.scoreSheet.createManyAndReturn({
    data: sheets.map(({ unit, stage, status, submittedOn, approvedOn }) => ({
      blocYearId,
      unitId: idFor(unitIds, unit),
      stage,
      status,
      submittedAt: submittedOn ? fromIsoDay(submittedOn) : null,
      approvedAt: approvedOn ? fromIsoDay(approvedOn) : null,
    })),
    select: { id: true, unitId: true, stage: true },
  });
  const sheetIds = new Map(rows.map((row) => [`${row.unitId}:${row.stage}`, row.id]));
  await tx.scoreLine.createMany({
    data: sheets.flatMap(({ unit, stage, lines }) =>
      Object.entries(lines).map(([code, line]) => ({
        sheetId: idFor(sheetIds, `${idFor(unitIds, unit)}:${stage}`),
        criterionId: idFor(criterionIds, code),
        points: typeof line === "number" ? line : line.points,
        explanation: typeof line === "number" ? null : (line.explanation ?? null),
      })),
    ),
  });
}
