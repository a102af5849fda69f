import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, type BlocYearFacts } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, PublishedYearError } from "@/server/errors";

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

export type LockedYear = {
  id: string;
  year: number;
  status: string;
  version: number;
  correctionReason: string | null;
};

/**
 * A manager's exclusive hold on the bloc-year row, for writes that update the row itself
 * (status, rules, settings) or rewrite the year's score table as a whole. FOR UPDATE waits for
 * every write in flight and queues a second such write behind the first. Two writers that each
 * took FOR SHARE and then updated the row would deadlock instead.
 */
export async function lockYearExclusively(
  tx: AppTransaction,
  options: { user: SessionUser; blocYearId: string },
): Promise<LockedYear> {
  const facts = await authorizeBlocYear(tx, { ...options, action: "manage" });
  return selectYearForUpdate(tx, facts.id);
}

async function selectYearForUpdate(tx: AppTransaction, blocYearId: string): Promise<LockedYear> {
  const rows = await tx.$queryRaw<LockedYear[]>`
    SELECT id, year, status::text AS status, version, "correctionReason"
    FROM "BlocYear" WHERE id = ${blocYearId} FOR UPDATE`;
  const locked = rows[0];
  if (!locked) throw new ConflictError();
  return locked;
}

/** lockYearExclusively for an ordinary change: refused once the year is published. */
export async function authorizeYearRewrite(
  tx: AppTransaction,
  options: { user: SessionUser; blocYearId: string },
): Promise<BlocYearFacts> {
  const facts = await authorizeBlocYear(tx, { ...options, action: "manage" });
  const locked = await selectYearForUpdate(tx, facts.id);
  if (locked.status === "PUBLISHED") throw new PublishedYearError();
  return facts;
}
