import type { YearStage } from "@/domain/year-stages";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * Test set-up: puts seeded bloc-years straight into a stage, as their managers would have moved
 * them (the moves themselves are tested in tests/integration/year-stages).
 */
export async function putYearsInStage(
  prisma: AppPrismaClient,
  blocYearIds: string[],
  stage: YearStage,
): Promise<void> {
  await prisma.blocYear.updateMany({ where: { id: { in: blocYearIds } }, data: { status: stage } });
}
