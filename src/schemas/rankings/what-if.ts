import { isIsoDay } from "@/domain/calendar";
import { z } from "zod";
import { recordId } from "@/schemas/record-id";

const id = recordId({ missing: "Thiếu mã.", invalid: "Mã không hợp lệ." });

/** A real calendar day 'YYYY-MM-DD' (2024-02-30 is refused). */
const calendarDate = z
  .string({ error: "Vui lòng nhập ngày hoàn thành." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày hoàn thành không hợp lệ." })
  .refine(isIsoDay, { error: "Ngày hoàn thành không hợp lệ." });

export const WHAT_IF_STATUSES = ["DONE", "PARTIAL", "NOT_DONE", "IN_PROGRESS", "NOT_STARTED"] as const;

const taskChangeSchema = z
  .object({
    taskId: id,
    status: z.enum(WHAT_IF_STATUSES, { error: "Vui lòng chọn tình trạng giả định." }),
    completedOn: calendarDate.optional(),
    /** Percent done, for a partly done task (0–100, whole numbers). */
    completionPercent: z
      .number({ error: "Tỷ lệ hoàn thành phải là số." })
      .int({ error: "Tỷ lệ hoàn thành phải là số nguyên." })
      .min(0, { error: "Tỷ lệ hoàn thành từ 0 đến 100%." })
      .max(100, { error: "Tỷ lệ hoàn thành từ 0 đến 100%." })
      .optional(),
  })
  .superRefine((change, context) => {
    if (change.status === "DONE" && change.completedOn === undefined) {
      context.addIssue({
        code: "custom",
        path: ["completedOn"],
        message: "Nhiệm vụ hoàn thành cần ngày hoàn thành.",
      });
    }
    if (change.status === "PARTIAL" && change.completionPercent === undefined) {
      context.addIssue({
        code: "custom",
        path: ["completionPercent"],
        message: "Nhiệm vụ hoàn thành một phần cần tỷ lệ hoàn thành.",
      });
    }
  });

export const whatIfSchema = z.object({
  blocYearId: id,
  unitId: id,
  changes: z
    .array(taskChangeSchema, { error: "Vui lòng chọn ít nhất một nhiệm vụ." })
    .min(1, { error: "Vui lòng chọn ít nhất một nhiệm vụ." })
    .max(200, { error: "Chọn quá nhiều nhiệm vụ (tối đa 200)." })
    .refine((changes) => new Set(changes.map((change) => change.taskId)).size === changes.length, {
      error: "Mỗi nhiệm vụ chỉ được chọn một lần.",
    }),
});

export type WhatIfInput = z.infer<typeof whatIfSchema>;
export type WhatIfTaskChange = WhatIfInput["changes"][number];
