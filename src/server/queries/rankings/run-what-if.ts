import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import {
  ScoringInputError,
  whatIf,
  type TaskChange,
  type TaskStatus,
  type UnitDelta,
} from "@/domain/scoring";
import type { WhatIfInput, WhatIfTaskChange } from "@/schemas/rankings/what-if";
import type { SessionUser } from "@/server/auth/session-user";
import {
  authorizeBlocYear,
  isPublishedStatus,
  maySeeUnit,
  seesOtherUnits,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { toScoringInput } from "@/server/mappers/scoring-input";
import { loadScoringRows } from "@/server/queries/load-scoring-rows";

/**
 * The unit's own outcome. Its ranks only for those who may see other units' figures: a rank
 * before and after, beside the unit's totals, tells how many others lie between (issue #10, 1).
 */
export type WhatIfUnit = Pick<UnitDelta, "unitId" | "name" | "totalBefore" | "totalAfter" | "pointsDelta"> & {
  movement: "up" | "down" | "same";
  ranks: { before: number; after: number; placesGained: number } | null;
};

export type WhatIfOutcome = {
  asOf: string;
  unit: WhatIfUnit;
  /** Every unit whose rank or points change, in the new order; none when the user may not see the others. */
  changed: UnitDelta[];
  seesAllUnits: boolean;
};

function ownOutcome(delta: UnitDelta, seesRanks: boolean): WhatIfUnit {
  const { unitId, name, totalBefore, totalAfter, pointsDelta } = delta;
  const movement = delta.placesGained > 0 ? "up" : delta.placesGained < 0 ? "down" : "same";
  const ranks = { before: delta.rankBefore, after: delta.rankAfter, placesGained: delta.placesGained };
  return { unitId, name, totalBefore, totalAfter, pointsDelta, movement, ranks: seesRanks ? ranks : null };
}

const STATUS: Record<WhatIfTaskChange["status"], TaskStatus> = {
  DONE: "done",
  PARTIAL: "partial",
  NOT_DONE: "notDone",
  IN_PROGRESS: "inProgress",
  NOT_STARTED: "notStarted",
};

const toTaskChange = (change: WhatIfTaskChange): TaskChange => ({
  taskId: change.taskId,
  status: STATUS[change.status],
  ...(change.completedOn !== undefined && { completedOn: change.completedOn }),
  ...(change.completionPercent !== undefined && { completionShare: change.completionPercent * 100 }),
});

/**
 * The ranking if some of a unit's tasks had another status: computed in memory from the live
 * data, never saved. Authorised like a read of the unit; every task must be the unit's own in
 * that bloc-year, and a published year (final) is refused.
 */
export async function runWhatIf(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: WhatIfInput,
): Promise<WhatIfOutcome> {
  await authorizeBlocYear(prisma, { user, blocYearId: input.blocYearId, action: "view" });
  const blocYear = yearVisibility(
    await prisma.blocYear.findUniqueOrThrow({
      where: { id: input.blocYearId },
      select: YEAR_VISIBILITY_SELECT,
    }),
  );
  if (isPublishedStatus(blocYear.status))
    throw new UserFacingError("Kết quả năm này đã công bố nên không mô phỏng được nữa.");
  if (!maySeeUnit(user, blocYear, input.unitId)) throw new ForbiddenError();
  const all = seesOtherUnits(user, blocYear);
  const owned = await prisma.task.count({
    where: {
      blocYearId: input.blocYearId,
      ownerUnitId: input.unitId,
      criterionId: { not: null },
      id: { in: input.changes.map((change) => change.taskId) },
    },
  });
  if (owned !== input.changes.length)
    throw new ForbiddenError("Chỉ mô phỏng được các nhiệm vụ được tính điểm của chính đơn vị này trong năm.");
  const rows = await loadScoringRows(prisma, input.blocYearId);
  const scoringInput = toScoringInput(rows, todayInVietnam());
  const result = engineWhatIf(scoringInput, input.changes.map(toTaskChange));
  const unit = result.deltas.find((delta) => delta.unitId === input.unitId);
  if (!unit) throw new UserFacingError("Đơn vị này không được xếp hạng trong năm nên không mô phỏng được.");
  const moved = result.deltas.filter((delta) => delta.placesGained !== 0 || delta.pointsDelta !== 0);
  return {
    asOf: scoringInput.asOf,
    unit: ownOutcome(unit, all),
    changed: all ? moved : [],
    seesAllUnits: all,
  };
}

/** The engine's refusals (e.g. a task not scored by any criterion) carry safe Vietnamese messages. */
function engineWhatIf(...args: Parameters<typeof whatIf>) {
  try {
    return whatIf(...args);
  } catch (error) {
    if (error instanceof ScoringInputError) throw new UserFacingError(error.message);
    throw error;
  }
}
