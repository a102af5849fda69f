"use server";

import { revalidatePath } from "next/cache";
import { formInput } from "@/schemas/members/form-input";
import { addMemberSchema, updateMembershipSchema } from "@/schemas/members/membership";
import { applyRotationSchema, recordElectionSchema } from "@/schemas/members/roles";
import { setRotationRuleSchema, setSecretariatFollowsHeadUnitSchema } from "@/schemas/members/rotation-rule";
import { mergeUnitsSchema, renameUnitSchema, undoSuccessionSchema } from "@/schemas/members/unit-change";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { addMember } from "@/server/mutations/members/add-member";
import { applyRotation } from "@/server/mutations/members/apply-rotation";
import { mergeUnits } from "@/server/mutations/members/merge-units";
import { recordElection } from "@/server/mutations/members/record-election";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { setRotationRule } from "@/server/mutations/members/set-rotation-rule";
import { setSecretariatFollowsHeadUnit } from "@/server/mutations/members/set-secretariat-follows-head-unit";
import { undoSuccession } from "@/server/mutations/members/undo-succession";
import { updateMembership } from "@/server/mutations/members/update-membership";
import { runAction } from "@/server/run-action";

type Result = ActionResult<unknown>;

// Revalidated on failure too: after a conflict the page shows the current versions and values,
// while the form keeps what the user typed.
function done(result: Result): Result {
  revalidatePath("/khoi", "layout");
  return result;
}

export async function updateMembershipAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: updateMembershipSchema,
      input: formInput(form),
      run: (user, input) => updateMembership(db, user, input),
    }),
  );
}

export async function addMemberAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: addMemberSchema,
      input: formInput(form),
      run: (user, input) => addMember(db, user, input),
    }),
  );
}

export async function renameUnitAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: renameUnitSchema,
      input: formInput(form),
      run: (user, input) => renameUnit(db, user, input),
    }),
  );
}

export async function mergeUnitsAction(_previous: Result | null, form: FormData): Promise<Result> {
  const input = formInput(form, ["predecessorIds"]);
  return done(
    await runAction({ schema: mergeUnitsSchema, input, run: (user, data) => mergeUnits(db, user, data) }),
  );
}

export async function recordElectionAction(_previous: Result | null, form: FormData): Promise<Result> {
  const input = formInput(form, ["deputyUnitIds"]);
  return done(
    await runAction({
      schema: recordElectionSchema,
      input,
      run: (user, data) => recordElection(db, user, data),
    }),
  );
}

export async function applyRotationAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: applyRotationSchema,
      input: formInput(form),
      run: (user, input) => applyRotation(db, user, input),
    }),
  );
}

export async function setRotationRuleAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: setRotationRuleSchema,
      input: formInput(form),
      run: (user, input) => setRotationRule(db, user, input),
    }),
  );
}

export async function setSecretariatFollowsHeadUnitAction(
  _previous: Result | null,
  form: FormData,
): Promise<Result> {
  return done(
    await runAction({
      schema: setSecretariatFollowsHeadUnitSchema,
      input: formInput(form),
      run: (user, input) => setSecretariatFollowsHeadUnit(db, user, input),
    }),
  );
}

export async function undoSuccessionAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: undoSuccessionSchema,
      input: formInput(form),
      run: (user, input) => undoSuccession(db, user, input),
    }),
  );
}
