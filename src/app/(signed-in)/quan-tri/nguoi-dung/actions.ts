"use server";

import { revalidatePath } from "next/cache";
import {
  accountIdSchema,
  createAccountSchema,
  setAccountActiveSchema,
  updateAccountSchema,
} from "@/schemas/accounts/account";
import type { ActionResult } from "@/server/action-result";
import type { SessionUser } from "@/server/auth/session-user";
import { forgetSessionAccount } from "@/server/cache/session-accounts";
import { db } from "@/server/db";
import { createAccount } from "@/server/mutations/accounts/create-account";
import { resetAccountPassword } from "@/server/mutations/accounts/reset-account-password";
import { setAccountActive } from "@/server/mutations/accounts/set-account-active";
import { updateAccount } from "@/server/mutations/accounts/update-account";
import { runAction } from "@/server/run-action";

const ACCOUNTS = "/quan-tri/nguoi-dung";

type Issued = { id?: string; username: string; temporaryPassword: string };

/** Opens an account; the temporary password comes back once, to be shown and passed on. */
export async function createAccountAction(
  _previous: ActionResult<Issued> | null,
  form: FormData,
): Promise<ActionResult<Issued>> {
  const result = await runAction({
    schema: createAccountSchema,
    input: Object.fromEntries(form),
    run: (user, input) => createAccount(db, user, input),
  });
  if (result.ok) revalidatePath(ACCOUNTS);
  return result;
}

export async function updateAccountAction(
  _previous: ActionResult<void> | null,
  form: FormData,
): Promise<ActionResult<void>> {
  const result = await runAction({
    schema: updateAccountSchema,
    input: Object.fromEntries(form),
    run: forgettingAccount((user, input) => updateAccount(db, user, input)),
  });
  if (result.ok) revalidatePath(ACCOUNTS, "layout");
  return result;
}

export async function setAccountActiveAction(
  _previous: ActionResult<void> | null,
  form: FormData,
): Promise<ActionResult<void>> {
  const result = await runAction({
    schema: setAccountActiveSchema,
    input: Object.fromEntries(form),
    run: forgettingAccount((user, input) => setAccountActive(db, user, input)),
  });
  if (result.ok) revalidatePath(ACCOUNTS, "layout");
  return result;
}

export async function resetAccountPasswordAction(
  _previous: ActionResult<Issued> | null,
  form: FormData,
): Promise<ActionResult<Issued>> {
  const result = await runAction({
    schema: accountIdSchema,
    input: Object.fromEntries(form),
    run: forgettingAccount((user, input) => resetAccountPassword(db, user, input)),
  });
  if (result.ok) revalidatePath(ACCOUNTS, "layout");
  return result;
}

/**
 * A change to an account, after which this process forgets its copy of the account that sessions
 * are checked against (other instances drop theirs on the database's notice).
 */
function forgettingAccount<I extends { userId: string }, T>(
  change: (user: SessionUser, input: I) => Promise<T>,
): (user: SessionUser, input: I) => Promise<T> {
  return async (user, input) => {
    const result = await change(user, input);
    forgetSessionAccount(input.userId);
    return result;
  };
}
