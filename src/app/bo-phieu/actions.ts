"use server";

import { invalidInput, userFacing, type ActionResult } from "@/server/action-result";
import { castBallotSchema } from "@/schemas/ballot/ballot";
import { db } from "@/server/db";
import { castBallot } from "@/server/mutations/ballot/cast-ballot";

const CHOICE_FIELD = /^phieu-(.+)$/;

/**
 * A delegate's paper from a phone, with no sign-in: the code is the credential (src/server/
 * mutations/ballot/cast-ballot.ts). Each candidate's choice arrives as "phieu-<candidateId>".
 */
export async function castBallotAction(_state: ActionResult | null, form: FormData): Promise<ActionResult> {
  const choices = Object.fromEntries(
    [...form.entries()].flatMap(([name, value]) => {
      const match = CHOICE_FIELD.exec(name);
      return match ? [[match[1]!, String(value)]] : [];
    }),
  );
  const parsed = castBallotSchema.safeParse({ code: form.get("code"), choices });
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await userFacing(() => castBallot(db, parsed.data));
  return result.ok ? { ok: true, data: undefined } : result;
}
