"use server";

import { whatIfSchema } from "@/schemas/rankings/what-if";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { runWhatIf, type WhatIfOutcome } from "@/server/queries/rankings/run-what-if";
import { runAction } from "@/server/run-action";

/** Read-only: computes a hypothetical ranking and saves nothing, so there is nothing to revalidate. */
export async function whatIfAction(
  _previous: ActionResult<WhatIfOutcome> | null,
  input: unknown,
): Promise<ActionResult<WhatIfOutcome>> {
  return runAction({ schema: whatIfSchema, input, run: (user, data) => runWhatIf(db, user, data) });
}
