import { z } from "zod";

export const setProvisionalVisibilitySchema = z.object({
  blocYearId: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
  visible: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export type SetProvisionalVisibilityInput = z.infer<typeof setProvisionalVisibilitySchema>;
