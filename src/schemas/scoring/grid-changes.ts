import { z } from "zod";
import { recordId } from "./record-id";

/**
 * What a score grid on screen asks after hearing that scores changed (GET /api/cham-diem/o-diem):
 * its year, stage and peer sheet ("" for none), and when it last heard of changes (ISO).
 */
export const gridChangesSchema = z.object({
  blocYearId: recordId("năm thi đua"),
  stage: z.enum(["SELF", "CROSS_CHECK", "FINAL"], { error: "Giai đoạn chấm không hợp lệ." }),
  scorerUnitId: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    recordId("đơn vị chấm").optional(),
  ),
  since: z.iso.datetime({ error: "Thời điểm không hợp lệ." }),
});

export type GridChangesQuery = z.infer<typeof gridChangesSchema>;
