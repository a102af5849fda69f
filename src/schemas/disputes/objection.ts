import { z } from "zod";
import { MAX_DISPUTE_DAYS } from "@/domain/disputes";
import { parsePoints } from "@/domain/score-entry/parse-points";
import { rowId, versionField } from "@/schemas/awards/fields";
import { recordId } from "@/schemas/record-id";
import { requiredText } from "@/schemas/text";

/** Opening (or reopening) the window: N days from today, Vietnam's calendar. */
export const openDisputeWindowSchema = z.object({
  blocYearId: rowId,
  version: versionField,
  days: z
    .string({ error: "Vui lòng nhập số ngày." })
    .trim()
    .min(1, { error: "Vui lòng nhập số ngày." })
    .regex(/^-?\d{1,4}$/, { error: "Số ngày phải là số nguyên, ví dụ 7." })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: "Thời hạn khiếu nại ít nhất 1 ngày." })
        .max(MAX_DISPUTE_DAYS, { error: `Thời hạn khiếu nại tối đa ${MAX_DISPUTE_DAYS} ngày.` }),
    ),
});
export type OpenDisputeWindowInput = z.output<typeof openDisputeWindowSchema>;

export const closeDisputeWindowSchema = z.object({ blocYearId: rowId, version: versionField });
export type CloseDisputeWindowInput = z.output<typeof closeDisputeWindowSchema>;

/** A leader's objection to one figure of their unit: the leaf and the stage of the figure. */
export const fileObjectionSchema = z.object({
  unitId: recordId({ missing: "Vui lòng chọn đơn vị." }),
  criterionId: recordId({ missing: "Vui lòng chọn tiêu chí bị khiếu nại." }),
  stage: z.enum(["CROSS_CHECK", "FINAL"], {
    error: "Vui lòng chọn điểm bị khiếu nại (kiểm tra chéo hay chấm cuối).",
  }),
  reason: requiredText("nội dung khiếu nại", 2000),
});
export type FileObjectionInput = z.output<typeof fileObjectionSchema>;

const newPoints = z
  .string({ error: "Vui lòng nhập điểm sau giải quyết." })
  .max(20, { error: "Điểm không hợp lệ." })
  .transform((text, context) => {
    const parsed = text.trim() === "" ? null : parsePoints(text);
    if (parsed?.ok && parsed.centipoints !== null) return parsed.centipoints;
    const message = parsed && !parsed.ok ? parsed.error : "Vui lòng nhập điểm sau giải quyết.";
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** The secretariat's answer: accepting sets the unit's final score on the leaf; both need a reason. */
export const resolveObjectionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({
      decision: z.literal("accept"),
      objectionId: rowId,
      version: versionField,
      points: newPoints,
      resolution: requiredText("ý kiến giải quyết", 2000),
    }),
    z.object({
      decision: z.literal("reject"),
      objectionId: rowId,
      version: versionField,
      resolution: requiredText("lý do không chấp nhận", 2000),
    }),
  ],
  { error: "Vui lòng chọn chấp nhận hay không chấp nhận khiếu nại." },
);
export type ResolveObjectionInput = z.output<typeof resolveObjectionSchema>;
