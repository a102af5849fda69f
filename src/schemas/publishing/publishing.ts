import { z } from "zod";
import { rowId, versionField } from "@/schemas/awards/fields";
import { requiredText } from "@/schemas/text";

/** Publishing (or publishing a correction): `version` is the bloc-year's, as the page showed it. */
export const publishYearSchema = z.object({ blocYearId: rowId, version: versionField });

export const openCorrectionSchema = z.object({
  blocYearId: rowId,
  version: versionField,
  reason: requiredText("lý do đính chính", 1000),
});

export type PublishYearInput = z.infer<typeof publishYearSchema>;
export type OpenCorrectionInput = z.infer<typeof openCorrectionSchema>;
