import { z } from "zod";
import { idField } from "./fields";

/** "Tạo năm N+1" from the bloc's latest year N. */
export const createNextBlocYearSchema = z.object({
  fromBlocYearId: idField,
  /** The member list the secretariat confirmed; absent, the year is created as planned now. */
  previewStamp: z.string().max(20_000).optional(),
});

/** The member list "Tạo năm N+1" would write, shown before it is confirmed. */
export const previewNextBlocYearSchema = z.object({ fromBlocYearId: idField });

export type CreateNextBlocYearInput = z.infer<typeof createNextBlocYearSchema>;
export type PreviewNextBlocYearInput = z.infer<typeof previewNextBlocYearSchema>;
