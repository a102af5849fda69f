import { z } from "zod";
import { rowId, taskDefinition } from "./task-fields";

export const createTaskSchema = z.intersection(
  z.object({ blocYearId: rowId("năm thi đua") }),
  taskDefinition,
);

export type CreateTaskInput = z.output<typeof createTaskSchema>;
