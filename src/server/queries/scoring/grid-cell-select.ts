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

type GridCellRow = Prisma.ScoreLineGetPayload<{ select: typeof GRID_CELL_SELECT }>;

/** A line read with GRID_CELL_SELECT, as the grid shows a cell. */
export function gridCellOf(line: GridCellRow) {
  return {
    points: line.points,
    explanation: line.explanation,
    evidenceUrl: line.evidenceUrl,
    version: line.version,
    enteredByName: line.enteredBy?.displayName ?? null,
    updatedAt: line.updatedAt.toISOString(),
  };
}
