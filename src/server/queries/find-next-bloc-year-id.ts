import "server-only";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

/** The id of the bloc's year after this one, or null while it has not been created. Callers authorise. */
export async function findNextBlocYearId(
  prisma: AppPrismaClient | AppTransaction,
  blocYear: { blocId: string; year: number },
): Promise<string | null> {
  const next = await prisma.blocYear.findUnique({
    where: { blocId_year: { blocId: blocYear.blocId, year: blocYear.year + 1 } },
    select: { id: true },
  });
  return next?.id ?? null;
}
