import type { IsoDay } from "@/domain/calendar/iso-day";
import type { ScoringRules } from "./rules";

/** Dates are ISO calendar dates 'YYYY-MM-DD', compared as strings; no time zones. */
export type IsoDate = IsoDay;

/**
 * 'section' groups criteria; 'manual' is scored by hand through score lines; 'taskDerived' is
 * computed from the tasks that feed it; 'bonus' adds above the maximum; 'deduction' subtracts.
 * Children of a bonus node are bonus nodes, children of a deduction node deduction nodes.
 */
export type ScoreNodeKind = "section" | "manual" | "taskDerived" | "bonus" | "deduction";

export interface ScoreNode {
  id: string;
  code: string;
  title: string;
  kind: ScoreNodeKind;
  /** Centipoints. For section, manual and task-derived nodes: the node's maximum. */
  maxPoints: number;
  /** Bonus and deduction nodes only: the most the node may add or take away (default maxPoints). */
  capPoints?: number;
  /**
   * Deduction leaves only: the manual or task-derived leaf this deduction reduces instead of the
   * total. It takes that criterion down to 0 at most, and is not counted with the other deductions.
   */
  reducesCriterionId?: string;
  children?: readonly ScoreNode[];
}

export interface Member {
  unitId: string;
  name: string;
  joinedOn: IsoDate;
  /** Last day of membership, if the unit left. */
  leftOn?: IsoDate;
}

/**
 * 'notStarted' and 'inProgress' are open: such a task is "not yet due" while its deadline is on
 * or after the as-of date, and counts as not done once the deadline has passed.
 * 'done' needs completedOn; 'partial' (closed, partly done) earns completionShare;
 * 'notDone' is closed and earns nothing.
 */
export type TaskStatus = "notStarted" | "inProgress" | "done" | "partial" | "notDone";

export interface Task {
  id: string;
  number: number;
  title: string;
  ownerUnitId: string;
  /** The task-derived criterion (a leaf of the score table) this task feeds. */
  criterionId: string;
  /** Positive integer. */
  weight: number;
  deadline: IsoDate;
  status: TaskStatus;
  completedOn?: IsoDate;
  /** Basis points; read for 'partial' tasks only. */
  completionShare?: number;
  /** A key task (nhiệm vụ trọng tâm), which a classification level may require done. */
  isKey?: boolean;
}

/** A key task as the levels' conditions read it: it may feed no criterion of the table. */
export type KeyTask = Pick<
  Task,
  "id" | "number" | "title" | "ownerUnitId" | "deadline" | "status" | "completedOn" | "completionShare"
>;

/**
 * Tasks of one unit on one criterion that the rules treat alike, counted together instead of
 * listed (see tallyTasks): what a database can sum up for a ranking. The points are the same as
 * from the tasks themselves; the explanation lines are per tally instead of per task.
 */
export interface TaskTally {
  ownerUnitId: string;
  criterionId: string;
  status: TaskStatus;
  /** Done tasks: days completed after the deadline (0: on time); null: late, days not told apart. */
  daysLate: number | null;
  /** Open tasks: the deadline is before the as-of date. */
  pastDeadline: boolean;
  /** The deadline falls outside the unit's membership (before joining or after leaving). */
  outsideMembership: boolean;
  count: number;
  /** Σ weight of the tasks. */
  weight: number;
  /** Partial tasks: Σ weight × completionShare (basis points); 0 for any other status. */
  weightedShare: number;
}

export type ScoreStage = "self" | "crossCheck" | "final";

/**
 * Points given to one unit on one manual, bonus or deduction leaf at one stage. Deduction lines
 * hold the positive number of centipoints to take away. Several lines of the same stage (and, at
 * the cross-check, the same scorer) add up; the scores of several cross-check scorers combine as
 * the rules say (rules.crossCheck.combine).
 */
export interface ScoreLine {
  id: string;
  unitId: string;
  criterionId: string;
  stage: ScoreStage;
  points: number;
  explanation?: string;
  /**
   * Cross-check lines of peer cross-checking: the member unit that gave them (never `unitId`).
   * Which cross-check lines count follows the rules: with peers, only theirs; else only the
   * secretariat's (lines left from the other way of working are not mixed in).
   */
  scorerUnitId?: string;
}

export interface BallotTally {
  unitId: string;
  awardCode: string;
  votesFor: number;
  votersPresent: number;
}

/** Decree 98/2023/NĐ-CP Art. 4: a unit under any of these may not be proposed for an award. */
export interface EligibilityFlags {
  unitId: string;
  underDisciplinaryReview?: boolean;
  underInvestigation?: boolean;
  underInspection?: boolean;
  unresolvedComplaint?: boolean;
}

export interface ScoringInput {
  /** The bloc-year: its first and last day. */
  period: { start: IsoDate; end: IsoDate };
  /** Tasks are judged as of this date (deadlines still ahead are "not yet due"). */
  asOf: IsoDate;
  scoreTable: readonly ScoreNode[];
  rules: ScoringRules;
  members: readonly Member[];
  tasks: readonly Task[];
  /** Instead of `tasks` (which must then be empty): the tasks as tallies. */
  taskTallies?: readonly TaskTally[];
  /**
   * Key tasks the levels' key-task conditions judge that `tasks` does not list: with
   * `taskTallies` all of them, one by one (tallies cannot name the task that blocks a level;
   * required then when a level has such a condition), and always those that feed no criterion.
   */
  keyTasks?: readonly KeyTask[];
  scoreLines: readonly ScoreLine[];
  ballots: readonly BallotTally[];
  eligibility: readonly EligibilityFlags[];
}
