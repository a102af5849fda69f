import "server-only";
import type { SnapshotContent, SnapshotOverride } from "@/domain/snapshot/snapshot-content";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * The checklist items a snapshot was published over, with their reasons, as frozen in it
 * (none for snapshots of format 1). The caller has authorised the bloc-year.
 */
export async function getSnapshotOverrides(
  prisma: AppPrismaClient,
  options: { blocYearId: string; number: number },
): Promise<SnapshotOverride[]> {
  const row = await prisma.resultSnapshot.findUnique({
    where: { blocYearId_number: { blocYearId: options.blocYearId, number: options.number } },
    select: { content: true },
  });
  const content = row?.content as Pick<SnapshotContent, "checklistOverrides"> | undefined;
  return content?.checklistOverrides ?? [];
}
