"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeEvidenceFileSchema } from "@/schemas/attachments/evidence-file";
import { returnScoreSheetSchema, scoreSheetRefSchema } from "@/schemas/scoring/review-score-sheet";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import type { ActionResult } from "@/server/action-result";
import { appYearCache } from "@/server/cache/app-year-cache";
import { cachedLiveRanking } from "@/server/cache/cached-year-result";
import { db } from "@/server/db";
import { removeScoreLineFile } from "@/server/mutations/evidence/attach-evidence-file";
import {
  approveScoreSheet,
  returnScoreSheet,
  submitScoreSheet,
} from "@/server/mutations/scoring/review-score-sheet";
import { saveScoreCell, type SavedScoreCell } from "@/server/mutations/scoring/save-score-cell";
import {
  ScoreCellConflictError,
  type CurrentScoreCell,
} from "@/server/mutations/scoring/score-cell-conflict";
import type { ChangedSheet } from "@/server/mutations/scoring/transition-score-sheet";
import { gridUpdateFor } from "@/server/queries/scoring/get-grid-update";
import type { ChangedCell, GridStanding } from "@/server/queries/scoring/score-grid-types";
import { runAction } from "@/server/run-action";

const GRID_PATH = "/khoi/[blocId]/[year]/cham-diem";

/** A saved cell comes back with every visible row's place and total; a refused save on top of someone else's change says what the cell holds now. */
export type SaveScoreCellResult =
  ActionResult<SavedCellWithStandings> | { ok: false; formError: string; conflict: CurrentScoreCell };
export type SavedCellWithStandings = SavedScoreCell & {
  standings: Record<string, GridStanding>;
  /** Cells of the stage others saved since the grid's `since`. */
  changed: ChangedCell[];
  /** When the save had committed (ISO): a grid read before then may not hold it. */
  answeredAt: string;
};
const sinceSchema = z.iso.datetime().optional();

/** Saves one cell; `since` (ISO, optional) is when the grid on screen last heard of changes. */
export async function saveScoreCellAction(input: unknown, since?: unknown): Promise<SaveScoreCellResult> {
  const seen: { conflict?: CurrentScoreCell } = {};
  const changedSince = sinceSchema.safeParse(since);
  const result = await runAction({
    schema: saveScoreCellSchema,
    input,
    run: async (user, data) => {
      const { blocYearId, visibility, ...cell } = await saveScoreCell(db, user, data).catch(
        (error: unknown) => {
          if (error instanceof ScoreCellConflictError) seen.conflict = error.current;
          throw error;
        },
      );
      const answeredAt = new Date().toISOString();
      // The standings below read the year's cached ranking: drop it (and the kept score lines)
      // here, not on the notice.
      appYearCache().forget(blocYearId, "scores");
      // What the save changed goes back with it; the grid on screen is not rendered again.
      const since = changedSince.data ? new Date(changedSince.data) : null;
      const update = await gridUpdateFor(
        db,
        user,
        { id: blocYearId, ...visibility },
        { stage: data.stage, since, scorerUnitId: data.scorerUnitId ?? null },
        cachedLiveRanking,
      );
      return { ...cell, ...update, answeredAt };
    },
  });
  if (!result.ok && "conflict" in seen)
    return { ok: false, formError: result.formError ?? "", conflict: seen.conflict ?? null };
  return result;
}

type SheetResult = ActionResult<ChangedSheet>;

export async function submitScoreSheetAction(
  _previous: SheetResult | null,
  form: FormData,
): Promise<SheetResult> {
  const result = await runAction({
    schema: scoreSheetRefSchema,
    input: Object.fromEntries(form),
    run: (user, data) => submitScoreSheet(db, user, data),
  });
  if (result.ok) revalidatePath(GRID_PATH, "page");
  return result;
}

export async function approveScoreSheetAction(
  _previous: SheetResult | null,
  form: FormData,
): Promise<SheetResult> {
  const result = await runAction({
    schema: scoreSheetRefSchema,
    input: Object.fromEntries(form),
    run: (user, data) => approveScoreSheet(db, user, data),
  });
  if (result.ok) revalidatePath(GRID_PATH, "page");
  return result;
}

export async function returnScoreSheetAction(
  _previous: SheetResult | null,
  form: FormData,
): Promise<SheetResult> {
  const result = await runAction({
    schema: returnScoreSheetSchema,
    input: Object.fromEntries(form),
    run: (user, data) => returnScoreSheet(db, user, data),
  });
  if (result.ok) revalidatePath(GRID_PATH, "page");
  return result;
}

/** Removes one evidence file of a score line (the cell panel's confirm button). */
export async function removeScoreLineFileAction(attachmentId: string): Promise<ActionResult<{ id: string }>> {
  const result = await runAction({
    schema: removeEvidenceFileSchema,
    input: { attachmentId },
    run: (user, input) => removeScoreLineFile(db, user, input),
  });
  if (result.ok) revalidatePath(GRID_PATH, "page");
  return result;
}
