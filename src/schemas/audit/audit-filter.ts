import { z } from "zod";

const optionalFilter = z.preprocess(
  (value) => (typeof value === "string" && value !== "" ? value : undefined),
  z.string().max(64).optional(),
);

/** The audit page's query string; anything malformed falls back to "no filter", page 1. */
export const auditFilterSchema = z.object({
  entity: optionalFilter.catch(undefined),
  actor: optionalFilter.catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
