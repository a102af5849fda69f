"use server";

import { revalidatePath } from "next/cache";
import { removeEvidenceFileSchema } from "@/schemas/attachments/evidence-file";
import { returnScoreSheetSchema, scoreSheetRefSchema } from "@/schemas/scoring/review-score-sheet";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { removeScoreLineFile } from "@/server/mutations/evidence/attach-evidence-file";
import {
  approveScoreSheet,
  returnScoreSheet,
  submitScoreSheet,
} from "@/server/mutations/scoring/review-score-sheet";
import type { ChangedSheet } from "@/server/mutations/scoring/transition-score-sheet";
import { runAction } from "@/server/run-action";

const GRID_PATH = "/khoi/[blocId]/[year]/cham-diem";

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
