import "server-only";
import { createHash } from "node:crypto";
import { type DraftNode, inTreeOrder } from "@/domain/score-table/criteria-tree";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";

type TableHead = { id: string; title: string; maxPoints: number };

/** A table's criteria as the domain edits them, parents before children. */
export async function loadCriteriaNodes(
  prisma: AppPrismaClient | AppTransaction,
  scoreTableId: string,
): Promise<DraftNode[]> {
  const rows = await prisma.criterion.findMany({
    where: { scoreTableId },
    select: CRITERION_SELECT,
  });
  return inTreeOrder(
    rows.map(({ id, parentId, reducesId, ...fields }) => ({
      key: id,
      parentKey: parentId,
      reducesKey: reducesId,
      ...fields,
    })),
  );
}

/**
 * The concurrency token of a score table: a hash of its head and every criterion. Criteria carry
 * no version column, and the tree's rules (sums, unique codes) span nodes, so an edit is checked
 * against the whole tree the user saw: any change by someone else since then refuses the save.
 */
export function treeRevision(table: TableHead, nodes: readonly DraftNode[]): string {
  const content = JSON.stringify([table.id, table.title, table.maxPoints, inTreeOrder(nodes)]);
  return createHash("sha256").update(content).digest("hex");
}
