import type { Prisma } from "@/generated/prisma/client";

/**
 * A criterion's fields as the engine, the editor and the snapshot read them: one list, so none
 * lags. The engine's raw query of the year (scoring-year-row.ts) names the same fields.
 */
export const CRITERION_SELECT = {
  id: true,
  parentId: true,
  code: true,
  title: true,
  kind: true,
  maxPoints: true,
  capPoints: true,
  reducesId: true,
  position: true,
} satisfies Prisma.CriterionSelect;

/** A criterion as CRITERION_SELECT reads it (also what a raw query of the same fields must give). */
export type SelectedCriterion = Prisma.CriterionGetPayload<{ select: typeof CRITERION_SELECT }>;
