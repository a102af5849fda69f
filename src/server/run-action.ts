import "server-only";
import type { z } from "zod";
import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";
import { invalidInput, userFacing, type ActionResult } from "./action-result";
import { getSessionUser, getSignedInUser } from "./auth/session";
import type { SessionUser } from "./auth/session-user";

/**
 * The first steps of every server action: parse the input with zod, find the signed-in user,
 * then run the mutation (which authorises from ids it derives itself). Expected failures come
 * back as safe messages; the caller revalidates on success.
 */
export async function runAction<Schema extends z.ZodType, T>(options: {
  schema: Schema;
  input: unknown;
  run: (user: SessionUser, data: z.output<Schema>) => Promise<T>;
  /** Sign-out only: open to a user who must still replace a temporary password. */
  whilePasswordChangeDue?: true;
}): Promise<ActionResult<T>> {
  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) return invalidInput(parsed.error);
  const user = options.whilePasswordChangeDue ? await getSignedInUser() : await getSessionUser();
  if (!user) return { ok: false, formError: SESSION_EXPIRED };
  return userFacing(() => options.run(user, parsed.data));
}
