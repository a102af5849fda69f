"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createNextBlocYearSchema } from "@/schemas/members/bloc-year";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
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
