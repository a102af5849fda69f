import "server-only";
import type { AppTransaction } from "@/server/database/connect";

// Namespace of the advisory locks that serialise task numbering (any constant not used elsewhere).
const TASK_NUMBER_LOCK = 72_707_370;

/**
 * The next free task numbers of a bloc-year. Two creations at once must not take the same
 * number (unique blocYearId + number): a transaction-scoped advisory lock per bloc-year makes
 * them take turns, released at commit, so the second sees the first's rows.
 */
export async function reserveTaskNumbers(tx: AppTransaction, blocYearId: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TASK_NUMBER_LOCK}::int4, hashtext(${blocYearId}))`;
  const { _max } = await tx.task.aggregate({ where: { blocYearId }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}
