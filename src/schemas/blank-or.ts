import { z } from "zod";

/**
 * A form field that may be left blank: blank (or absent) is null, anything else must pass
 * `schema`, whose own Vietnamese message then reaches the user. (A z.union of "" and `schema`
 * answers zod's English "Invalid input" as soon as neither side fits.)
 */
export function blankOr<Output>(schema: z.ZodType<Output, string>) {
  return z
    .string()
    .optional()
    .transform((value) => {
      const text = value?.trim() ?? "";
      return text === "" ? null : text;
    })
    .pipe(schema.nullable());
}
