"use server";

import { z } from "zod";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { endSessions } from "@/server/mutations/account/end-sessions";
import { runAction } from "@/server/run-action";

/**
 * Sign-out, on this device or on every device: both end every session of the user, since a
 * session is only as good as the user's session version. The browser then drops its cookie.
 */
export async function endSessionsAction(): Promise<ActionResult<void>> {
  return runAction({
    schema: z.undefined(),
    input: undefined,
    run: (user) => endSessions(db, user.id),
    whilePasswordChangeDue: true,
  });
}
