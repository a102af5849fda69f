import { ScoringInputError } from "./errors";
import type { IsoDate, ScoringInput, Task, TaskStatus } from "./input";
import { rankAgencies } from "./rank-agencies";
import type { RankingResult } from "./result";

export interface TaskChange {
  taskId: string;
  status: TaskStatus;
  completedOn?: IsoDate;
  completionShare?: number;
}

export interface UnitDelta {
  unitId: string;
  name: string;
  rankBefore: number;
  rankAfter: number;
  /** Positive when the unit moves up (rank 4 → 2 gains 2 places). */
  placesGained: number;
  totalBefore: number;
  totalAfter: number;
  /** Centipoints. */
  pointsDelta: number;
}

export interface WhatIfResult {
  before: RankingResult;
  after: RankingResult;
  /** In the order of `after.units`. */
  deltas: UnitDelta[];
}

/** A change replaces the task's status; the completion date and share too when given. */
function applyChanges(tasks: readonly Task[], changes: readonly TaskChange[]): Task[] {
  const byId = new Map(changes.map((change) => [change.taskId, change]));
  const known = new Set(tasks.map((task) => task.id));
  const unknown = changes.find((change) => !known.has(change.taskId));
  if (unknown !== undefined)
    throw new ScoringInputError("unknownTask", `Không tìm thấy nhiệm vụ ${unknown.taskId}.`);
  return tasks.map((task) => {
    const change = byId.get(task.id);
    if (change === undefined) return task;
    return {
      ...task,
      status: change.status,
      completedOn: change.completedOn ?? task.completedOn,
      completionShare: change.completionShare ?? task.completionShare,
    };
  });
}

/** Recomputes the ranking with some task statuses changed and reports each unit's movement. */
export function whatIf(input: ScoringInput, changes: readonly TaskChange[]): WhatIfResult {
  const before = rankAgencies(input);
  const after = rankAgencies({ ...input, tasks: applyChanges(input.tasks, changes) });
  const previous = new Map(before.units.map((unit) => [unit.unitId, unit]));
  const deltas = after.units.map((unit): UnitDelta => {
    const old = previous.get(unit.unitId) ?? unit;
    return {
      unitId: unit.unitId,
      name: unit.name,
      rankBefore: old.rank,
      rankAfter: unit.rank,
      placesGained: old.rank - unit.rank,
      totalBefore: old.total,
      totalAfter: unit.total,
      pointsDelta: unit.total - old.total,
    };
  });
  return { before, after, deltas };
}
