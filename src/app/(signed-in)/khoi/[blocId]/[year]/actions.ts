"use server";

import { revalidatePath } from "next/cache";
import { setProvisionalVisibilitySchema } from "@/schemas/provisional-visibility";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";
import { runAction } from "@/server/run-action";

type Visibility = { version: number; visible: boolean };

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
