"use server";

import { revalidatePath } from "next/cache";
import { setProvisionalVisibilitySchema } from "@/schemas/provisional-visibility";
import { moveYearStageSchema } from "@/schemas/year-stages/move-year-stage";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { runAction } from "@/server/run-action";

type Visibility = { version: number; visible: boolean };
type Moved = Awaited<ReturnType<typeof moveYearStage>>;

export async function setProvisionalVisibilityAction(
  _previous: ActionResult<Visibility> | null,
  form: FormData,
): Promise<ActionResult<Visibility>> {
  const result = await runAction({
    schema: setProvisionalVisibilitySchema,
    input: Object.fromEntries(form),
    run: (user, input) => setProvisionalVisibility(db, user, input),
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

export async function moveYearStageAction(
  _previous: ActionResult<Moved> | null,
  form: FormData,
): Promise<ActionResult<Moved>> {
  const result = await runAction({
    schema: moveYearStageSchema,
    input: Object.fromEntries(form),
    run: (user, input) => moveYearStage(db, user, input),
  });
  // The blocs list shows each year's stage too.
  if (result.ok) revalidatePath("/khoi", "layout");
  return result;
}
