"use server";

import { revalidatePath } from "next/cache";
import { saveBallotTallySchema } from "@/schemas/awards/ballot-tally";
import { ballotStepSchema, cancelBallotSchema, openBallotSchema } from "@/schemas/ballot/ballot";
import { addEligibilityFlagSchema, resolveEligibilityFlagSchema } from "@/schemas/awards/eligibility-flag";
import { changeProposalStatusSchema, createProposalSchema } from "@/schemas/awards/proposal";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { changeProposalStatus } from "@/server/mutations/awards/change-proposal-status";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { resolveEligibilityFlag } from "@/server/mutations/awards/resolve-eligibility-flag";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { cancelBallot } from "@/server/mutations/ballot/cancel-ballot";
import { closeBallot } from "@/server/mutations/ballot/close-ballot";
import { openBallot } from "@/server/mutations/ballot/open-ballot";
import { runAction } from "@/server/run-action";

type Saved<T> = ActionResult<T> | null;

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

export async function addEligibilityFlagAction(_previous: Saved<{ id: string }>, form: FormData) {
  return refreshed(
    await runAction({
      schema: addEligibilityFlagSchema,
      input: Object.fromEntries(form),
      run: (user, input) => addEligibilityFlag(db, user, input),
    }),
  );
}

export async function resolveEligibilityFlagAction(
  _previous: Saved<{ id: string; resolvedOn: Date }>,
  form: FormData,
) {
  return refreshed(
    await runAction({
      schema: resolveEligibilityFlagSchema,
      input: Object.fromEntries(form),
      run: (user, input) => resolveEligibilityFlag(db, user, input),
    }),
  );
}

export async function saveBallotTallyAction(
  _previous: Saved<{ votesFor: number; votersPresent: number; version: number }>,
  form: FormData,
) {
  return refreshed(
    await runAction({
      schema: saveBallotTallySchema,
      input: Object.fromEntries(form),
      run: (user, input) => saveBallotTally(db, user, input),
    }),
  );
}

export async function createProposalAction(
  _previous: Saved<{ id: string; version: number }>,
  form: FormData,
) {
  return refreshed(
    await runAction({
      schema: createProposalSchema,
      input: Object.fromEntries(form),
      run: (user, input) => createProposal(db, user, input),
    }),
  );
}

export async function changeProposalStatusAction(
  _previous: Saved<{ id: string; version: number }>,
  form: FormData,
) {
  return refreshed(
    await runAction({
      schema: changeProposalStatusSchema,
      input: Object.fromEntries(form),
      run: (user, input) => changeProposalStatus(db, user, input),
    }),
  );
}

export async function openBallotAction(_previous: Saved<{ id: string }>, form: FormData) {
  return refreshed(
    await runAction({
      schema: openBallotSchema,
      input: { blocYearId: form.get("blocYearId"), candidates: form.getAll("candidates") },
      run: (user, input) => openBallot(db, user, input),
    }),
  );
}

export async function closeBallotAction(_previous: Saved<unknown>, form: FormData) {
  return refreshed(
    await runAction({
      schema: ballotStepSchema,
      input: Object.fromEntries(form),
      run: async (user, input) => {
        await closeBallot(db, user, input);
      },
    }),
  );
}

export async function cancelBallotAction(_previous: Saved<unknown>, form: FormData) {
  return refreshed(
    await runAction({
      schema: cancelBallotSchema,
      input: Object.fromEntries(form),
      run: (user, input) => cancelBallot(db, user, input),
    }),
  );
}
