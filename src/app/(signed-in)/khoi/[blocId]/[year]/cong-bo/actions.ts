"use server";

import { revalidatePath } from "next/cache";
import {
  openCorrectionSchema,
  OVERRIDE_REASON_FIELD,
  publishYearFormSchema,
} from "@/schemas/publishing/publishing";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { openCorrection } from "@/server/mutations/publishing/open-correction";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { runAction } from "@/server/run-action";

type Published = { number: number; contentHash: string; version: number };
type Reopened = { version: number; status: "CORRECTING" };

export async function publishYearAction(
  _previous: ActionResult<Published> | null,
  form: FormData,
): Promise<ActionResult<Published>> {
  const result = await runAction({
    schema: publishYearFormSchema,
    input: publishInput(form),
    run: async (user, input) => {
      const { number, contentHash, version } = await publishYear(db, user, input);
      return { number, contentHash, version };
    },
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

export async function openCorrectionAction(
  _previous: ActionResult<Reopened> | null,
  form: FormData,
): Promise<ActionResult<Reopened>> {
  const result = await runAction({
    schema: openCorrectionSchema,
    input: Object.fromEntries(form),
    run: (user, input) => openCorrection(db, user, input),
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

/** The form's fields, with the non-empty override reasons gathered by checklist item code. */
function publishInput(form: FormData) {
  const overrideReasons: Record<string, FormDataEntryValue> = {};
  for (const [name, value] of form) {
    if (!name.startsWith(OVERRIDE_REASON_FIELD) || (typeof value === "string" && !value.trim())) continue;
    overrideReasons[name.slice(OVERRIDE_REASON_FIELD.length)] = value;
  }
  return {
    blocYearId: form.get("blocYearId"),
    version: form.get("version"),
    confirm: form.get("confirm") ?? undefined,
    overrideReasons,
  };
}
