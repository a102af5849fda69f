import "server-only";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * The bloc-year's latest published snapshot, as frozen (never recomputed), or null before the
 * first publication. The caller has authorised the bloc-year (e.g. through getBlocYearHeader).
 */
export async function getLatestSnapshot(prisma: AppPrismaClient, blocYearId: string) {
  const row = await prisma.resultSnapshot.findFirst({
    where: { blocYearId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      publishedAt: true,
      contentHash: true,
      reason: true,
      content: true,
      publishedBy: { select: { displayName: true } },
    },
  });
  if (!row) return null;
  // Written only by publishYear from a SnapshotContent; the database refuses any later change.
  return { ...row, content: row.content as unknown as SnapshotContent };
}

export type LatestSnapshot = NonNullable<Awaited<ReturnType<typeof getLatestSnapshot>>>;
