import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import type { AppPrismaClient } from "@/server/database/connect";

/** A folder of its own for a test file's backup files. */
export async function backupFolder(): Promise<{ file(name: string): string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "thidua-backup-"));
  return {
    file: (name) => path.join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Every published snapshot, and whether its stored content still hashes to its stored hash. */
export async function snapshotHashChecks(prisma: AppPrismaClient) {
  const snapshots = await prisma.resultSnapshot.findMany({
    select: { id: true, content: true, contentHash: true },
    orderBy: { id: "asc" },
  });
  return snapshots.map((snapshot) => ({
    id: snapshot.id,
    verifies:
      createHash("sha256").update(canonicalJson(snapshot.content), "utf8").digest("hex") ===
      snapshot.contentHash,
  }));
}
