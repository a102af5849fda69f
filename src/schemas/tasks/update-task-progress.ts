import { todayInVietnam } from "@/domain/calendar";
import { z } from "zod";
import { parsePercent, progressProblems } from "@/domain/tasks";
import { TaskStatus } from "@/generated/prisma/enums";
import { blankOr } from "@/schemas/blank-or";
import { formDate, optionalText, rowId, rowVersion } from "./task-fields";

const percent = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === "") return null;
    const share = parsePercent(value);
    if (share !== null) return share;
    context.addIssue({
      code: "custom",
      message: "Tỷ lệ hoàn thành là số từ 0 đến 100 (ví dụ 70 hoặc 37,5).",
    });
    return z.NEVER;
  });

const httpLink = optionalText("đường dẫn minh chứng", 2000).refine(
  (value) => value === null || isHttpUrl(value),
  {
    error: "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.",
  },
);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const taskStatus = z.enum(TaskStatus, { error: "Vui lòng chọn trạng thái." });

/**
 * A status update; the year-dependent rule (not before the year) is checked again where the year
 * is known. The status rules run even when another field is wrong, so the form reports every
 * problem in one pass; a field that is already refused is not judged twice.
 */
/** Only these statuses keep the typed percent (storedShare): any other ignores what the field holds. */
const keepsPercent = (status: unknown) => status === "PARTIAL" || status === "IN_PROGRESS";

export const updateTaskProgressSchema = z.preprocess(
  (raw) =>
    raw !== null && typeof raw === "object" && !keepsPercent((raw as { status?: unknown }).status)
      ? { ...raw, completionPercent: "" }
      : raw,
  z
    .object({
      taskId: rowId("nhiệm vụ"),
      version: rowVersion,
      status: taskStatus,
      completedOn: blankOr(formDate("ngày hoàn thành")),
      completionPercent: percent,
      evidenceNote: optionalText("ghi chú minh chứng", 2000),
      evidenceUrl: httpLink,
    })
    .superRefine(
      (input, context) => {
        const refused = new Set(context.issues.map((issue) => issue.path?.[0]));
        if (refused.has("status") || !taskStatus.safeParse(input.status).success) return;
        const entry = {
          status: input.status,
          completedOn: refused.has("completedOn") ? null : input.completedOn,
          completionShare: refused.has("completionPercent") ? null : input.completionPercent,
        };
        for (const problem of progressProblems(entry, { today: todayInVietnam() })) {
          const path = problem.field === "completionShare" ? "completionPercent" : problem.field;
          if (!refused.has(path))
            context.addIssue({ code: "custom", path: [path], message: problem.message });
        }
      },
      { when: () => true },
    ),
);

export type UpdateTaskProgressInput = z.output<typeof updateTaskProgressSchema>;
