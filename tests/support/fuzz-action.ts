import fc from "fast-check";
import type { z } from "zod";
import { UserFacingError } from "@/server/errors";

/**
 * Drives an action's two halves as the server runs them — zod parse, then the mutation — with
 * arbitrary input: every outcome must be a validation failure or a user-facing error, never
 * anything else, and `invariant` (e.g. "nothing half-written") must hold after each run.
 */
export async function fuzzAction<Schema extends z.ZodType>(options: {
  schema: Schema;
  inputs: fc.Arbitrary<unknown>;
  run: (data: z.output<Schema>) => Promise<unknown>;
  invariant?: () => Promise<void>;
  numRuns?: number;
}): Promise<void> {
  await fc.assert(
    fc.asyncProperty(options.inputs, async (input) => {
      const parsed = options.schema.safeParse(input);
      if (parsed.success) {
        try {
          await options.run(parsed.data);
        } catch (error) {
          if (!(error instanceof UserFacingError)) throw error;
        }
      }
      await options.invariant?.();
    }),
    { numRuns: options.numRuns ?? 60 },
  );
}

/** Strings a form can send that tend to break things: empty, huge, NUL, RTL marks, emoji. */
export const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\u202e",
    "🙂",
    '\'; DROP TABLE "Task"; --',
    "x".repeat(10_240),
    "Sở Tài nguyên và Môi trường",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
