import { z } from "zod";
import { YEAR_STAGES } from "@/domain/year-stages";
import { rowId, versionField } from "@/schemas/awards/fields";
import { requiredText } from "@/schemas/text";

/**
 * Moving a year to another stage from its overview: `version` is the year's as the page showed
 * it; the reason comes with backward moves only (the domain says which need one).
 */
export const moveYearStageSchema = z.object({
  blocYearId: rowId,
  version: versionField,
  to: z.enum(YEAR_STAGES, { error: "Giai đoạn không hợp lệ." }),
  reason: requiredText("lý do", 1000).optional(),
});

export type MoveYearStageInput = z.infer<typeof moveYearStageSchema>;
