import type { ScoringInput } from "./input";
import type { IndexedInput } from "./input-index";
import type { UnitScope } from "./membership";
import type { Contribution } from "./result";
import type { TaskCriterionScore } from "./task-criterion";

export interface UnitScore {
  nodePoints: Record<string, number>;
  contributions: Contribution[];
  taskPoints: number;
  manualPoints: number;
  bonus: number;
  deductions: number;
  /** Taken off criteria by deductions that name them (already out of those criteria's points). */
  criterionDeductions: number;
  /** The scale's points alone, before bonus and deductions. */
  base: number;
  total: number;
  tasksCounted: number;
  tasksOnTime: number;
  tasksNotDone: number;
}

/** One unit's way through the score table. */
export interface Walk {
  index: IndexedInput;
  input: ScoringInput;
  scope: UnitScope;
  score: UnitScore;
  taskScores: Map<number, TaskCriterionScore>;
  penalties: Contribution[];
  penaltyNodeIndex: number;
  /** Target criterion index → what the deductions naming it take off (after their own caps). */
  reductions: Map<number, number>;
  /** Deduction leaves that reduce a criterion: left out of their parent's sum. */
  targeted: Set<number>;
}
