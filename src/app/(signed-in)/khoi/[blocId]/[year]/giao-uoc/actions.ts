"use server";

import { revalidatePath } from "next/cache";
import { formInput } from "@/schemas/members/form-input";
import { removePledgeFileSchema, savePledgeSchema, saveSignatureSchema } from "@/schemas/pledge/pledge";
import {
  createRegistrationSchema,
  deleteRegistrationSchema,
  updateRegistrationSchema,
} from "@/schemas/pledge/registration";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { removePledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { createRegistration } from "@/server/mutations/pledge/create-registration";
import { deleteRegistration } from "@/server/mutations/pledge/delete-registration";
import { savePledge } from "@/server/mutations/pledge/save-pledge";
import { saveSignature } from "@/server/mutations/pledge/save-signature";
import { updateRegistration } from "@/server/mutations/pledge/update-registration";
import { runAction } from "@/server/run-action";

type Result = ActionResult<unknown>;

// Revalidated on failure too: after a conflict the page shows the current values and versions,
// while the form keeps what the user typed.
function done(result: Result): Result {
  revalidatePath("/khoi", "layout");
  return result;
}

export async function savePledgeAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: savePledgeSchema,
      input: formInput(form),
      run: (user, input) => savePledge(db, user, input),
    }),
  );
}

export async function removePledgeFileAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: removePledgeFileSchema,
      input: formInput(form),
      run: (user, input) => removePledgeFile(db, user, input),
    }),
  );
}

export async function saveSignatureAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: saveSignatureSchema,
      input: formInput(form),
      run: (user, input) => saveSignature(db, user, input),
    }),
  );
}

export async function createRegistrationAction(_previous: Result | null, form: FormData): Promise<Result> {
  const input = formInput(form, ["taskIds"]);
  return done(
    await runAction({
      schema: createRegistrationSchema,
      input,
      run: (user, data) => createRegistration(db, user, data),
    }),
  );
}

export async function updateRegistrationAction(_previous: Result | null, form: FormData): Promise<Result> {
  const input = formInput(form, ["taskIds"]);
  return done(
    await runAction({
      schema: updateRegistrationSchema,
      input,
      run: (user, data) => updateRegistration(db, user, data),
    }),
  );
}

export async function deleteRegistrationAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: deleteRegistrationSchema,
      input: formInput(form),
      run: (user, input) => deleteRegistration(db, user, input),
    }),
  );
}
