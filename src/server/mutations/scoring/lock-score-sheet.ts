import "server-only";
import type { ScoreEntryStage } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { linesEditable } from "@/domain/score-entry/sheet-status";
import type { SheetStatusCode } from "@/domain/vocabulary";
import type { YearStage } from "@/domain/year-stages";
import { assertStageAllows } from "../writable-bloc-year";

export type LockedSheet = { id: string; status: SheetStatusCode; version: number };
/** `scorerUnitId`: the peer's sheet in peer cross-checking; null for every other sheet. */
type SheetKey = { blocYearId: string; unitId: string; stage: ScoreEntryStage; scorerUnitId: string | null };

const LOCKED_MESSAGE: Partial<Record<SheetStatusCode, string>> = {
  SUBMITTED: "Phiếu chấm đã nộp nên không sửa được nữa, trừ khi được trả lại.",
  APPROVED: "Phiếu chấm đã được duyệt nên không sửa được nữa.",
};

/**
 * The sheet of one unit and stage, created on first save (a concurrent creation is absorbed by
 * ON CONFLICT DO NOTHING), and share-locked: a submission waits for saves in flight, and a save
 * that starts after a submission sees it.
 */
export async function lockEditableSheet(
  tx: AppTransaction,
  key: SheetKey,
  options: { create: boolean },
): Promise<LockedSheet | null> {
  if (options.create) await tx.scoreSheet.createMany({ data: [key], skipDuplicates: true });
  const rows = await tx.$queryRaw<LockedSheet[]>`
    SELECT id, status::text AS status, version FROM "ScoreSheet"
    WHERE "blocYearId" = ${key.blocYearId} AND "unitId" = ${key.unitId} AND stage = ${key.stage}::"ScoreStage"
      AND "scorerUnitId" IS NOT DISTINCT FROM ${key.scorerUnitId}
    FOR SHARE`;
  const sheet = rows[0] ?? null;
  return sheet && editable(sheet);
}

/** A submitted or approved sheet takes no more changes to its lines. */
function editable(sheet: LockedSheet): LockedSheet {
  if (!linesEditable(sheet.status))
    throw new UserFacingError(LOCKED_MESSAGE[sheet.status] ?? "Phiếu chấm không sửa được.");
  return sheet;
}

/**
 * A save's locks in one round trip: the year's row shared (as lockYearForWrite: a stage move
 * waits for the save, and the stage is checked again here under the lock) and the sheet's row
 * shared, when the sheet exists; else as lockEditableSheet, created on first save.
 */
export async function lockYearAndSheet(
  tx: AppTransaction,
  key: SheetKey,
  options: { create: boolean },
): Promise<LockedSheet | null> {
  type Found = { yearStatus: YearStage } & { [K in keyof LockedSheet]: LockedSheet[K] | null };
  const rows = await tx.$queryRaw<Found[]>`
    WITH year AS (SELECT status::text AS status FROM "BlocYear" WHERE id = ${key.blocYearId} FOR SHARE)
    SELECT year.status AS "yearStatus", sheet.id, sheet.status, sheet.version
    FROM year LEFT JOIN LATERAL (
      SELECT id, status::text AS status, version FROM "ScoreSheet"
      WHERE "blocYearId" = ${key.blocYearId} AND "unitId" = ${key.unitId} AND stage = ${key.stage}::"ScoreStage"
        AND "scorerUnitId" IS NOT DISTINCT FROM ${key.scorerUnitId}
      FOR SHARE
    ) AS sheet ON true`;
  const found = rows[0];
  if (!found) throw new ConflictError();
  assertStageAllows(found.yearStatus, "scoreEntry");
  const { id, status, version } = found;
  if (id === null || status === null || version === null)
    return options.create ? lockEditableSheet(tx, key, options) : null;
  return editable({ id, status, version });
}
