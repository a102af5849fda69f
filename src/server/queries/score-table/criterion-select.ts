import type { Prisma } from "@/generated/prisma/client";

/** A criterion's fields as the engine, the editor and the snapshot read them: one list, so none lags. */
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
