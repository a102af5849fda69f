import { z } from "zod";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import { idInput } from "./points-input";

/** The rules form sends the document its fields build, as JSON in one hidden field. */
const rulesDocument = z
  .string({ error: "Thiếu nội dung quy tắc." })
  .max(100_000, { error: "Nội dung quy tắc quá lớn." })
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({
        code: "custom",
        message: "Nội dung quy tắc không đọc được. Vui lòng tải lại trang.",
      });
      return z.NEVER;
    }
  })
  .pipe(scoringRulesSchema);

export const saveScoringRulesSchema = z.object({
  blocYearId: idInput,
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().positive(),
  rules: rulesDocument,
});

export type SaveScoringRulesInput = z.infer<typeof saveScoringRulesSchema>;
