"use server";

import { revalidatePath } from "next/cache";
import { formInput } from "@/schemas/members/form-input";
import {
  correctAgencyStartSchema,
  createAgencySchema,
  deactivateAgencySchema,
  mergeAgenciesSchema,
  reactivateAgencySchema,
  renameAgencySchema,
} from "@/schemas/province/agency";
import {
  archiveBlocSchema,
  createBlocSchema,
  createFirstYearSchema,
  renameBlocSchema,
} from "@/schemas/province/bloc";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { createFirstYear } from "@/server/mutations/province/create-first-year";
import { correctAgencyStart } from "@/server/mutations/province/correct-agency-start";
import { createAgency } from "@/server/mutations/province/create-agency";
import { deactivateAgency, reactivateAgency } from "@/server/mutations/province/deactivate-agency";
import { mergeAgencies } from "@/server/mutations/province/merge-agencies";
import { renameAgency } from "@/server/mutations/province/rename-agency";
import { archiveBloc, createBloc, renameBloc } from "@/server/mutations/province/blocs";
import { runAction } from "@/server/run-action";

type Result = ActionResult<unknown>;

// Agencies and blocs show on every bloc page (names, lists): revalidate the whole signed-in tree.
function done(result: Result): Result {
  revalidatePath("/", "layout");
  return result;
}

export async function createAgencyAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: createAgencySchema,
      input: formInput(form),
      run: (u, i) => createAgency(db, u, i),
    }),
  );
}

export async function renameAgencyAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: renameAgencySchema,
      input: formInput(form),
      run: (u, i) => renameAgency(db, u, i),
    }),
  );
}

export async function correctAgencyStartAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: correctAgencyStartSchema,
      input: formInput(form),
      run: (u, i) => correctAgencyStart(db, u, i),
    }),
  );
}

export async function mergeAgenciesAction(_previous: Result | null, form: FormData): Promise<Result> {
  const input = formInput(form, ["predecessorIds"]);
  return done(
    await runAction({ schema: mergeAgenciesSchema, input, run: (u, i) => mergeAgencies(db, u, i) }),
  );
}

export async function deactivateAgencyAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: deactivateAgencySchema,
      input: formInput(form),
      run: (u, i) => deactivateAgency(db, u, i),
    }),
  );
}

export async function reactivateAgencyAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: reactivateAgencySchema,
      input: formInput(form),
      run: (u, i) => reactivateAgency(db, u, i),
    }),
  );
}

export async function createBlocAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: createBlocSchema,
      input: formInput(form),
      run: (u, i) => createBloc(db, u, i),
    }),
  );
}

export async function renameBlocAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: renameBlocSchema,
      input: formInput(form),
      run: (u, i) => renameBloc(db, u, i),
    }),
  );
}

export async function archiveBlocAction(_previous: Result | null, form: FormData): Promise<Result> {
  return done(
    await runAction({
      schema: archiveBlocSchema,
      input: formInput(form),
      run: (u, i) => archiveBloc(db, u, i),
    }),
  );
}

export async function createFirstYearAction(_previous: Result | null, form: FormData): Promise<Result> {
  const input = formInput(form, ["memberUnitIds", "deputyUnitIds"]);
  return done(
    await runAction({ schema: createFirstYearSchema, input, run: (u, i) => createFirstYear(db, u, i) }),
  );
}
