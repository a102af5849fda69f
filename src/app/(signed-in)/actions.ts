"use server";

import { z } from "zod";
import type { ActionResult } from "@/server/action-result";
import { forgetSessionAccount } from "@/server/cache/session-accounts";
import { db } from "@/server/db";
import { endSessions } from "@/server/mutations/account/end-sessions";
import { dropSessionCookie } from "@/server/auth/drop-session-cookie";
import { runAction } from "@/server/run-action";

/**
 * Sign-out, on this device or on every device: both end every session of the user, since a
 * session is only as good as the user's session version; then this browser's session cookie goes,
 * also when the session had already ended (no page needs next-auth's browser client for this).
 */
export async function endSessionsAction(): Promise<ActionResult<void>> {
  const result = await runAction({
    schema: z.undefined(),
    input: undefined,
    run: async (user) => {
      await endSessions(db, user.id);
      forgetSessionAccount(user.id);
    },
    whilePasswordChangeDue: true,
  });
  await dropSessionCookie();
  return result;
}
