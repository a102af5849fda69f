import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * Every snapshot of the bloc-year, newest first, each with whether its content still hashes to
 * the hash taken when it was published (an integrity check anyone can see). Caller authorises.
 */
export async function listSnapshots(prisma: AppPrismaClient, blocYearId: string) {
  const rows = await prisma.resultSnapshot.findMany({
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
  return rows.map(({ content, ...row }) => ({
    ...row,
    intact: createHash("sha256").update(canonicalJson(content), "utf8").digest("hex") === row.contentHash,
  }));
}

export type SnapshotListItem = Awaited<ReturnType<typeof listSnapshots>>[number];
