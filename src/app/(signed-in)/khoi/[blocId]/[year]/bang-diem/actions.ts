"use server";

import { revalidatePath } from "next/cache";
import {
  createScoreTableSchema,
  editCriteriaSchema,
  setScoreTableScaleSchema,
} from "@/schemas/score-table/edit-criteria";
import { saveScoringRulesSchema } from "@/schemas/score-table/save-scoring-rules";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { createScoreTable } from "@/server/mutations/score-table/create-score-table";
import { editCriteria, type EditCriteriaResult } from "@/server/mutations/score-table/edit-criteria";
import { saveScoringRules } from "@/server/mutations/score-table/save-scoring-rules";
import { setScoreTableScale } from "@/server/mutations/score-table/set-score-table-scale";
import { runAction } from "@/server/run-action";

// The score table feeds tasks, score entry and the ranking: every page of the year may change.
const refreshYear = () => revalidatePath("/khoi/[blocId]/[year]", "layout");

export async function editCriteriaAction(
  _previous: ActionResult<EditCriteriaResult> | null,
  form: FormData,
): Promise<ActionResult<EditCriteriaResult>> {
  const result = await runAction({
    schema: editCriteriaSchema,
    input: Object.fromEntries(form),
    run: (user, input) => editCriteria(db, user, input),
  });
  if (result.ok) refreshYear();
  return result;
}

type ScaleResult = { scoreTableId: string; warnings: string[] };

export async function setScoreTableScaleAction(
  _previous: ActionResult<ScaleResult> | null,
  form: FormData,
): Promise<ActionResult<ScaleResult>> {
  const result = await runAction({
    schema: setScoreTableScaleSchema,
    input: Object.fromEntries(form),
    run: (user, input) => setScoreTableScale(db, user, input),
  });
  if (result.ok) refreshYear();
  return result;
}

export async function createScoreTableAction(
  _previous: ActionResult<{ scoreTableId: string }> | null,
  form: FormData,
): Promise<ActionResult<{ scoreTableId: string }>> {
  const result = await runAction({
    schema: createScoreTableSchema,
    input: Object.fromEntries(form),
    run: (user, input) => createScoreTable(db, user, input),
  });
  if (result.ok) refreshYear();
  return result;
}

export async function saveScoringRulesAction(
  _previous: ActionResult<{ version: number }> | null,
  form: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await runAction({
    schema: saveScoringRulesSchema,
    input: Object.fromEntries(form),
    run: (user, input) => saveScoringRules(db, user, input),
  });
  if (result.ok) refreshYear();
  return result;
}
