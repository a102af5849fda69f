import { z } from "zod";
import { recordId } from "./record-id";

export const setProvisionalVisibilitySchema = z.object({
  blocYearId: recordId(),
  version: z.coerce.number().int().positive(),
  visible: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export type SetProvisionalVisibilityInput = z.infer<typeof setProvisionalVisibilitySchema>;
