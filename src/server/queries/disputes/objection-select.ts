import type { Prisma } from "@/generated/prisma/client";

/** An objection as the snapshot freezes it and the Khiếu nại tab starts from. */
export const OBJECTION_RECORD_SELECT = {
  number: true,
  unitId: true,
  criterionId: true,
  criterion: { select: { code: true, title: true } },
  stage: true,
  pointsObjected: true,
  reason: true,
  filedAt: true,
  status: true,
  resolution: true,
  resolvedPoints: true,
  resolvedAt: true,
} satisfies Prisma.ObjectionSelect;
