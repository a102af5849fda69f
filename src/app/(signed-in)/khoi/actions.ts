"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createNextBlocYearSchema, previewNextBlocYearSchema } from "@/schemas/members/bloc-year";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { createNextBlocYear, previewNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import type { NextYearPreview } from "@/server/queries/members/next-year-plan";
import { runAction } from "@/server/run-action";

type Created = { id: string; year: number; blocId: string };

/** "Tạo năm N+1": on success, opens the new year's members to review what was copied. */
export async function createNextBlocYearAction(
  _previous: ActionResult<Created> | null,
  form: FormData,
): Promise<ActionResult<Created>> {
  const result = await runAction({
    schema: createNextBlocYearSchema,
    input: Object.fromEntries(form),
    run: (user, input) => createNextBlocYear(db, user, input),
  });
  revalidatePath("/khoi", "layout");
  if (result.ok) redirect(`/khoi/${result.data.blocId}/${result.data.year}/thanh-vien`);
  return result;
}

/** The member list "Tạo năm N+1" would write (mergers applied), shown for confirmation; writes nothing. */
export async function previewNextBlocYearAction(
  _previous: ActionResult<NextYearPreview> | null,
  form: FormData,
): Promise<ActionResult<NextYearPreview>> {
  return runAction({
    schema: previewNextBlocYearSchema,
    input: Object.fromEntries(form),
    run: (user, input) => previewNextBlocYear(db, user, input),
  });
}
