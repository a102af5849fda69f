import "server-only";
import { stageAllows, stageRefusalMessage, type YearActivity, type YearStage } from "@/domain/year-stages";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, type BlocYearFacts } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, PublishedYearError, StageRefusedError } from "@/server/errors";

/**
 * Refuses a write the year's stage does not allow (src/domain/year-stages): a published year
 * with the message that points to a correction, any other stage naming the stages that allow it.
 */
export function assertStageAllows(stage: YearStage, activity: YearActivity): void {
  if (stageAllows(stage, activity)) return;
  if (stage === "PUBLISHED") throw new PublishedYearError();
  throw new StageRefusedError(stageRefusalMessage(stage, activity));
}

/**
 * Every write to a bloc-year's data goes through here, inside its transaction. The shared row
 * lock makes a stage move (and publishing) wait for writes in flight, and a write that starts
 * after the move sees the new stage: no change can slip in beside a snapshot.
 */
export async function lockYearForWrite(
  tx: AppTransaction,
  blocYearId: string,
  activity: YearActivity,
): Promise<void> {
  const rows = await tx.$queryRaw<{ status: YearStage }[]>`
    SELECT status::text AS status FROM "BlocYear" WHERE id = ${blocYearId} FOR SHARE`;
  const stage = rows[0]?.status;
  if (!stage) throw new ConflictError();
  assertStageAllows(stage, activity);
}

export type YearWrite = { user: SessionUser; blocYearId: string; activity: YearActivity };

/** A manager's write: the user may manage the year, and the year's stage allows the activity. */
export async function authorizeYearWrite(tx: AppTransaction, options: YearWrite): Promise<BlocYearFacts> {
  const facts = await authorizeBlocYear(tx, { ...options, action: "manage" });
  await lockYearForWrite(tx, facts.id, options.activity);
  return facts;
}

export type LockedYear = {
  id: string;
  year: number;
  status: YearStage;
  version: number;
  correctionReason: string | null;
};

/**
 * A manager's exclusive hold on the bloc-year row, for writes that update the row itself
 * (stage, rules, settings) or rewrite the year's score table as a whole. FOR UPDATE waits for
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

/** lockYearExclusively for an ordinary change: refused unless the year's stage allows the activity. */
export async function authorizeYearRewrite(tx: AppTransaction, options: YearWrite): Promise<BlocYearFacts> {
  const facts = await authorizeBlocYear(tx, { ...options, action: "manage" });
  const locked = await selectYearForUpdate(tx, facts.id);
  assertStageAllows(locked.status, options.activity);
  return facts;
}
