import type { ImportProblem } from "@/domain/tasks";

/** What the agency upload route answers, and the panel shows. */
export type AgencyImportResult =
  | { type: "done"; count: number }
  | { type: "problems"; problems: ImportProblem[] }
  | { type: "failed"; message: string };
