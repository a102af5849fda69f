import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, type BlocYearFacts } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { PublishedYearError } from "@/server/errors";

/**
 * Every write to a bloc-year's data goes through here, inside its transaction. The shared row
 * lock makes publishing wait for writes in flight, and a write that starts after publishing
 * sees the PUBLISHED status: no change can slip in beside a snapshot.
 */
export async function lockYearForWrite(tx: AppTransaction, blocYearId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "BlocYear" WHERE id = ${blocYearId} FOR SHARE`;
  if (rows[0]?.status === "PUBLISHED") throw new PublishedYearError();
}

/** A manager's write: the user may manage the year, and the year is not published. */
export async function authorizeYearWrite(
  tx: AppTransaction,
  options: { user: SessionUser; blocYearId: string },
): Promise<BlocYearFacts> {
  const facts = await authorizeBlocYear(tx, { ...options, action: "manage" });
  await lockYearForWrite(tx, facts.id);
  return facts;
}
