"use server";

import { redirect } from "next/navigation";
import { createFirstAdminSchema, SETUP_DONE_PARAM } from "@/schemas/first-admin";
import { invalidInput, userFacing, type ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { createFirstAdmin } from "@/server/mutations/create-first-admin";

/** No session to check: this only works while the database has no user at all (checked under a lock). */
export async function createFirstAdminAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const parsed = createFirstAdminSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await userFacing(() => createFirstAdmin(db, parsed.data));
  if (!result.ok) return result;
  // The sign-in page says the account was made (SETUP_DONE_PARAM); nothing else is carried over.
  redirect(`/dang-nhap?${SETUP_DONE_PARAM}=1`);
}
