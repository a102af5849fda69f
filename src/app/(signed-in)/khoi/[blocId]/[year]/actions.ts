"use server";

import { revalidatePath } from "next/cache";
import { setProvisionalVisibilitySchema } from "@/schemas/provisional-visibility";
import { invalidInput, userFacing, type ActionResult } from "@/server/action-result";
import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { ForbiddenError } from "@/server/errors";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";

export async function setProvisionalVisibilityAction(
  _previous: ActionResult<{ version: number; visible: boolean }> | null,
  form: FormData,
): Promise<ActionResult<{ version: number; visible: boolean }>> {
  const parsed = setProvisionalVisibilitySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const user = await getSessionUser();
  if (!user) return { ok: false, formError: new ForbiddenError("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.").message };
  const result = await userFacing(() => setProvisionalVisibility(db, user, parsed.data));
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "page");
  return result;
}
