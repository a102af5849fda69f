import { z } from "zod";
import { requiredText } from "../text";
import { recordId } from "./record-id";

const sheetRef = {
  sheetId: recordId("phiếu chấm"),
  version: z.coerce
    .number({ error: "Phiên bản không hợp lệ." })
    .int({ error: "Phiên bản không hợp lệ." })
    .positive({ error: "Phiên bản không hợp lệ." })
    .max(2_000_000_000),
};

/** Submitting or approving a sheet names the sheet and the version the user saw. */
export const scoreSheetRefSchema = z.object(sheetRef);
export type ScoreSheetRefInput = z.infer<typeof scoreSheetRefSchema>;

/** Returning a sheet also says why, so the unit knows what to fix. */
export const returnScoreSheetSchema = z.object({ ...sheetRef, reason: requiredText("lý do trả lại", 1000) });
export type ReturnScoreSheetInput = z.infer<typeof returnScoreSheetSchema>;
