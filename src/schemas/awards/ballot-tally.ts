import { z } from "zod";
import { awardCodeField, rowId } from "./fields";

const count = (label: string) =>
  z.coerce
    .number({ error: `${label}: cần một số.` })
    .int({ error: `${label}: cần số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(10_000, { error: `${label} quá lớn.` });

/** `version` 0 means "no tally yet": the save creates it, and refuses if someone else just did. */
export const saveBallotTallySchema = z
  .object({
    blocYearId: rowId,
    unitId: rowId,
    awardCode: awardCodeField,
    votesFor: count("Số phiếu đồng ý"),
    votersPresent: count("Số đại biểu có mặt"),
    version: z.coerce.number().int().min(0).max(2_000_000_000),
  })
  .refine((tally) => tally.votesFor <= tally.votersPresent, {
    error: "Số phiếu đồng ý không được lớn hơn số đại biểu có mặt.",
    path: ["votesFor"],
  });

export type SaveBallotTallyInput = z.infer<typeof saveBallotTallySchema>;
