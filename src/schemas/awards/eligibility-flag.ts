import { z } from "zod";
import { dateField, optionalText, rowId } from "./fields";

export const ELIGIBILITY_FLAG_KINDS = [
  "DISCIPLINARY_REVIEW",
  "INVESTIGATION",
  "INSPECTION",
  "UNRESOLVED_COMPLAINT",
] as const;

export const addEligibilityFlagSchema = z.object({
  blocYearId: rowId,
  unitId: z.string({ error: "Vui lòng chọn đơn vị." }).min(1, { error: "Vui lòng chọn đơn vị." }).pipe(rowId),
  kind: z.enum(ELIGIBILITY_FLAG_KINDS, { error: "Vui lòng chọn trường hợp." }),
  since: dateField("ngày phát sinh"),
  note: optionalText("ghi chú", 500),
});

export const resolveEligibilityFlagSchema = z.object({
  flagId: rowId,
  resolvedOn: dateField("ngày giải quyết xong"),
});

export type AddEligibilityFlagInput = z.infer<typeof addEligibilityFlagSchema>;
export type ResolveEligibilityFlagInput = z.infer<typeof resolveEligibilityFlagSchema>;
