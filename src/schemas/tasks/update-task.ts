import { z } from "zod";
import { rowId, rowVersion, taskDefinition } from "./task-fields";

export const updateTaskSchema = z.intersection(
  z.object({ taskId: rowId("nhiệm vụ"), version: rowVersion }),
  taskDefinition,
);

export type UpdateTaskInput = z.output<typeof updateTaskSchema>;
