import { finalSheetOf } from "./final-sheet";
import { todayInVietnam } from "@/domain/calendar";
import type { CheckCode } from "@/domain/publishing";
import type { AppPrismaClient } from "@/server/database/connect";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";

/**
 * Test set-up: a final score (80 % of the maximum) for every member on every manual leaf that has
 * none, as the secretariat would have entered them while scoring (score entry itself is tested in
 * tests/integration/scoring). The publishing checklist refuses a year with unscored criteria.
 */
export async function enterMissingFinalScores(prisma: AppPrismaClient, blocYearId: string): Promise<void> {
  const table = await prisma.scoreTable.findFirstOrThrow({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: { criteria: { where: { kind: "MANUAL" }, select: { id: true, maxPoints: true } } },
  });
  const members = await prisma.membership.findMany({ where: { blocYearId }, select: { unitId: true } });
  for (const { unitId } of members) {
    const sheet = await finalSheetOf(prisma, { blocYearId, unitId });
    await prisma.scoreLine.createMany({
      data: table.criteria.map((criterion) => ({
        sheetId: sheet.id,
        criterionId: criterion.id,
        points: Math.floor((criterion.maxPoints * 8) / 10),
      })),
      skipDuplicates: true,
    });
  }
}

/** A reason for each open checklist item that allows an override, as the publisher would state it. */
export async function overrideReasonsFor(
  prisma: AppPrismaClient,
  options: { blocYearId: string; today?: Date },
): Promise<Partial<Record<CheckCode, string>>> {
  const items = await getPublishChecklist(prisma, {
    blocYearId: options.blocYearId,
    asOf: todayInVietnam(options.today),
  });
  return Object.fromEntries(
    items
      .filter((item) => item.open && item.severity === "override")
      .map((item) => [item.code, `Hội nghị khối đã thống nhất vẫn công bố (${item.code}).`]),
  );
}

/** Scores what is unscored, then the reasons to pass the rest of the checklist. */
export async function readyToPublish(
  prisma: AppPrismaClient,
  options: { blocYearId: string; today?: Date },
): Promise<Partial<Record<CheckCode, string>>> {
  await enterMissingFinalScores(prisma, options.blocYearId);
  return overrideReasonsFor(prisma, options);
}
