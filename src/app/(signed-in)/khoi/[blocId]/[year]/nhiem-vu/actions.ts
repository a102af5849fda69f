"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { removeEvidenceFileSchema } from "@/schemas/attachments/evidence-file";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { deleteTaskSchema } from "@/schemas/tasks/delete-task";
import { updateTaskSchema } from "@/schemas/tasks/update-task";
import { updateTaskProgressSchema } from "@/schemas/tasks/update-task-progress";
import type { ActionResult } from "@/server/action-result";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { removeTaskFile } from "@/server/mutations/evidence/attach-evidence-file";
import { createTask } from "@/server/mutations/tasks/create-task";
import { deleteTask } from "@/server/mutations/tasks/delete-task";
import { updateTask } from "@/server/mutations/tasks/update-task";
import { updateTaskProgress } from "@/server/mutations/tasks/update-task-progress";
import { getTaskById, type TaskValues } from "@/server/queries/tasks/get-task";
import { progressValuesOf, type ProgressValues } from "@/server/queries/tasks/progress-rows";
import { runAction } from "@/server/run-action";

/** A form's result: on failure it carries what was typed (nothing is lost) and, on a conflict, what is saved now. */
export type TaskFormResult =
  (ActionResult<{ version: number }> & { values?: Record<string, string>; current?: TaskValues }) | null;

const typed = (form: FormData) => Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));

/** Runs a version-checked write; on a conflict, loads the task as saved now so the form can show both values. */
async function saveWithConflictValues<Schema extends z.ZodType<{ taskId: string }>>(
  form: FormData,
  schema: Schema,
  save: (user: SessionUser, input: z.output<Schema>) => Promise<{ version: number }>,
): Promise<TaskFormResult> {
  let current: TaskValues | undefined;
  const result = await runAction({
    schema,
    input: typed(form),
    run: async (user, input) => {
      try {
        return await save(user, input);
      } catch (error) {
        if (error instanceof ConflictError)
          current = (await getTaskById(db, { user, taskId: input.taskId })) ?? undefined;
        throw error;
      }
    },
  });
  if (result.ok) {
    revalidatePath("/khoi/[blocId]/[year]", "layout");
    return result;
  }
  return { ...result, values: typed(form), current };
}

export async function createTaskAction(_previous: TaskFormResult, form: FormData): Promise<TaskFormResult> {
  const result = await runAction({
    schema: createTaskSchema,
    input: typed(form),
    run: (user, input) => createTask(db, user, input),
  });
  if (!result.ok) return { ...result, values: typed(form) };
  revalidatePath("/khoi/[blocId]/[year]", "layout");
  redirect(`/khoi/${result.data.blocId}/${result.data.year}/nhiem-vu/${result.data.number}?da-luu=tao`);
}

export async function updateTaskAction(_previous: TaskFormResult, form: FormData): Promise<TaskFormResult> {
  return saveWithConflictValues(form, updateTaskSchema, (user, input) => updateTask(db, user, input));
}

export async function updateTaskProgressAction(
  _previous: TaskFormResult,
  form: FormData,
): Promise<TaskFormResult> {
  return saveWithConflictValues(form, updateTaskProgressSchema, (user, input) =>
    updateTaskProgress(db, user, input),
  );
}

/** Deletes a task (before scoring starts) and returns to the list, which says what was deleted. */
export async function deleteTaskAction(
  _previous: ActionResult<never> | null,
  form: FormData,
): Promise<ActionResult<never>> {
  const result = await runAction({
    schema: deleteTaskSchema,
    input: typed(form),
    run: (user, input) => deleteTask(db, user, input),
  });
  if (!result.ok) return result;
  revalidatePath("/khoi/[blocId]/[year]", "layout");
  redirect(`/khoi/${result.data.blocId}/${result.data.year}/nhiem-vu?da-xoa=${result.data.number}`);
}

/** A row of the progress table saved on its own; a conflict carries the row as saved now. */
export type ProgressRowResult = ActionResult<{ version: number }> & { conflict?: ProgressValues | null };

export async function saveProgressRowAction(input: Record<string, string>): Promise<ProgressRowResult> {
  const seen: { conflict?: ProgressValues | null } = {};
  const result = await runAction({
    schema: updateTaskProgressSchema,
    input,
    run: async (user, data) => {
      try {
        return await updateTaskProgress(db, user, data);
      } catch (error) {
        if (error instanceof ConflictError) {
          const current = await getTaskById(db, { user, taskId: data.taskId });
          seen.conflict = current && progressValuesOf(current);
        }
        throw error;
      }
    },
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return "conflict" in seen ? { ...result, conflict: seen.conflict } : result;
}

/** Removes one evidence file of a task (the list's confirm button). */
export async function removeTaskFileAction(attachmentId: string): Promise<ActionResult<{ id: string }>> {
  const result = await runAction({
    schema: removeEvidenceFileSchema,
    input: { attachmentId },
    run: (user, input) => removeTaskFile(db, user, input),
  });
  if (result.ok) revalidatePath("/khoi/[blocId]/[year]", "layout");
  return result;
}
