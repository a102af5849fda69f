import { z } from "zod";
import { CHECK_CODES } from "@/domain/publishing";
import { rowId, versionField } from "@/schemas/awards/fields";
import { requiredText } from "@/schemas/text";

/** Form fields carrying the reason for letting an open checklist item pass: `overrideReason.<code>`. */
export const OVERRIDE_REASON_FIELD = "overrideReason.";

/**
 * Publishing (or publishing a correction): `version` is the bloc-year's, as the page showed it;
 * `overrideReasons` says, per open checklist item that allows it, why it may pass.
 */
export const publishYearSchema = z.object({
  blocYearId: rowId,
  version: versionField,
  overrideReasons: z.partialRecord(z.enum(CHECK_CODES), requiredText("lý do", 1000)).optional(),
});

/** The publish form as sent: the same, plus the box saying the results were checked. */
export const publishYearFormSchema = publishYearSchema.extend({
  confirm: z.literal("on", {
    error: "Hãy đánh dấu ô xác nhận đã kiểm tra kết quả trước khi công bố.",
  }),
});

export const openCorrectionSchema = z.object({
  blocYearId: rowId,
  version: versionField,
  reason: requiredText("lý do đính chính", 1000),
});

export type PublishYearInput = z.infer<typeof publishYearSchema>;
export type OpenCorrectionInput = z.infer<typeof openCorrectionSchema>;
