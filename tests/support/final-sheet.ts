import type { AppPrismaClient } from "@/server/database/connect";

/** The final-stage sheet of a unit, created if missing (no peer scorer: one per unit and stage). */
export async function finalSheetOf(
  prisma: AppPrismaClient,
  key: { blocYearId: string; unitId: string },
): Promise<{ id: string }> {
  const where = { ...key, stage: "FINAL" as const, scorerUnitId: null };
  return (
    (await prisma.scoreSheet.findFirst({ where, select: { id: true } })) ??
    prisma.scoreSheet.create({ data: { ...key, stage: "FINAL" }, select: { id: true } })
  );
}
