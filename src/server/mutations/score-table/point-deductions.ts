import "server-only";
import type { AppTransaction } from "@/server/database/connect";

/** Deductions that reduce a criterion point at its copy, once every copy has its id. */
export async function pointDeductions(
  tx: AppTransaction,
  nodes: readonly { key: string; reducesKey: string | null }[],
  newIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const node of nodes) {
    const id = newIds.get(node.key);
    const reducesId = node.reducesKey === null ? undefined : newIds.get(node.reducesKey);
    if (id !== undefined && reducesId !== undefined)
      await tx.criterion.update({ where: { id }, data: { reducesId } });
  }
}
