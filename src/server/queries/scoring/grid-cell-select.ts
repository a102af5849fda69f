import type { Prisma } from "@/generated/prisma/client";

/** A score line's fields as a grid cell shows them, with who entered it: one list for every read. */
export const GRID_CELL_SELECT = {
  id: true,
  criterionId: true,
  points: true,
  explanation: true,
  evidenceUrl: true,
  version: true,
  updatedAt: true,
  enteredBy: { select: { displayName: true } },
} satisfies Prisma.ScoreLineSelect;
