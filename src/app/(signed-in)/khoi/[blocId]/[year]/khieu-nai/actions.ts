"use server";

import { revalidatePath } from "next/cache";
import { removeEvidenceFileSchema } from "@/schemas/attachments/evidence-file";
import {
  closeDisputeWindowSchema,
  fileObjectionSchema,
  openDisputeWindowSchema,
  resolveObjectionSchema,
} from "@/schemas/disputes/objection";
import type { ActionResult } from "@/server/action-result";
import { db } from "@/server/db";
import { closeDisputeWindow, openDisputeWindow } from "@/server/mutations/disputes/dispute-window";
import { fileObjection } from "@/server/mutations/disputes/file-objection";
import { resolveObjection } from "@/server/mutations/disputes/resolve-objection";
import { removeObjectionFile } from "@/server/mutations/evidence/attach-evidence-file";
import { runAction } from "@/server/run-action";

const PAGE = "/khoi/[blocId]/[year]/khieu-nai";

type Window = Awaited<ReturnType<typeof openDisputeWindow>>;
type Filed = Awaited<ReturnType<typeof fileObjection>>;
type Resolved = Awaited<ReturnType<typeof resolveObjection>>;

export async function openDisputeWindowAction(
  _previous: ActionResult<Window> | null,
  form: FormData,
): Promise<ActionResult<Window>> {
  const result = await runAction({
    schema: openDisputeWindowSchema,
    input: Object.fromEntries(form),
    run: (user, input) => openDisputeWindow(db, user, input),
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

export async function closeDisputeWindowAction(
  _previous: ActionResult<Window> | null,
  form: FormData,
): Promise<ActionResult<Window>> {
  const result = await runAction({
    schema: closeDisputeWindowSchema,
    input: Object.fromEntries(form),
    run: (user, input) => closeDisputeWindow(db, user, input),
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

export async function fileObjectionAction(
  _previous: ActionResult<Filed> | null,
  form: FormData,
): Promise<ActionResult<Filed>> {
  const result = await runAction({
    schema: fileObjectionSchema,
    input: Object.fromEntries(form),
    run: (user, input) => fileObjection(db, user, input),
  });
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
}

export async function resolveObjectionAction(
  _previous: ActionResult<Resolved> | null,
  form: FormData,
): Promise<ActionResult<Resolved>> {
  const result = await runAction({
    schema: resolveObjectionSchema,
    input: Object.fromEntries(form),
    run: (user, input) => resolveObjection(db, user, input),
  });
  // An accepted objection changes a score: every page of the year may show it.
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}

export async function removeObjectionFileAction(attachmentId: string): Promise<ActionResult<{ id: string }>> {
  const result = await runAction({
    schema: removeEvidenceFileSchema,
    input: { attachmentId },
    run: (user, input) => removeObjectionFile(db, user, input),
  });
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
}
