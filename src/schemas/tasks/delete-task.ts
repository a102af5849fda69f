import { z } from "zod";
import { rowId, rowVersion } from "./task-fields";

/** Deleting a task names the version the user saw: a task changed meanwhile is not deleted blind. */
export const deleteTaskSchema = z.object({ taskId: rowId("nhiệm vụ"), version: rowVersion });

export type DeleteTaskInput = z.output<typeof deleteTaskSchema>;
