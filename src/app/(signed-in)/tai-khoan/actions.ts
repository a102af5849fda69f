"use server";

import { changePasswordSchema } from "@/schemas/change-password";
import { invalidInput, userFacing, type ActionResult } from "@/server/action-result";
import { getSignedInUser } from "@/server/auth/session";
import { forgetSessionAccount } from "@/server/cache/session-accounts";
import { db } from "@/server/db";
import { changeOwnPassword } from "@/server/mutations/account/change-own-password";
import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";

/**
 * The user first, then the input: the new password is checked against their username. On
 * success every session has ended; the form signs this device in again with the new password.
 */
export async function changePasswordAction(
  _previous: ActionResult<{ username: string }> | null,
  form: FormData,
): Promise<ActionResult<{ username: string }>> {
  // The one action open to a holder of a temporary password: replacing it.
  const user = await getSignedInUser();
  if (!user) return { ok: false, formError: SESSION_EXPIRED };
  const parsed = changePasswordSchema(user.username).safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return userFacing(async () => {
    await changeOwnPassword(db, user, parsed.data);
    forgetSessionAccount(user.id);
    return { username: user.username };
  });
}
