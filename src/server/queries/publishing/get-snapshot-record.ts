import "server-only";
import type {
  SnapshotContent,
  SnapshotObjection,
  SnapshotOverride,
} from "@/domain/snapshot/snapshot-content";
import type { AppPrismaClient } from "@/server/database/connect";

/** What a snapshot records beside the results: the checklist items let pass and the objections. */
export type SnapshotRecord = { overrides: SnapshotOverride[]; objections: SnapshotObjection[] };

/**
 * The checklist items a snapshot was published over, with their reasons, and the members'
 * objections with their answers, as frozen in it (none in snapshots of formats that predate
 * them). The caller has authorised the bloc-year.
 */
export async function getSnapshotRecord(
  prisma: AppPrismaClient,
  options: { blocYearId: string; number: number },
): Promise<SnapshotRecord> {
  const row = await prisma.resultSnapshot.findUnique({
    where: { blocYearId_number: { blocYearId: options.blocYearId, number: options.number } },
    select: { content: true },
  });
  const content = row?.content as Pick<SnapshotContent, "checklistOverrides" | "objections"> | undefined;
  return { overrides: content?.checklistOverrides ?? [], objections: content?.objections ?? [] };
}
