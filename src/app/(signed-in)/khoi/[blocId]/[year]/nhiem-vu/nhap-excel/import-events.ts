import type { ImportProblem } from "@/domain/tasks";

/** The NDJSON lines the upload route streams, one JSON object per line, read by the import panel. */
export type ImportEvent =
  | { type: "progress"; phase: "uploading" | "checking" | "saving"; done: number; total: number }
  | { type: "problems"; problems: ImportProblem[] }
  | { type: "done"; count: number; firstNumber: number; lastNumber: number }
  | { type: "failed"; message: string };
