/**
 * The configuration of one bloc-year's scoring. It is stored as a JSON document, so it holds
 * only strings, integers, booleans, null, arrays and plain objects.
 *
 * Units: points are integers in hundredths of a point (centipoints: 9750 = 97,50 điểm);
 * shares and thresholds are integers in basis points (10000 = 100 %).
 */

/** The fixed tie-break vocabulary; a bloc picks an ordered chain from it. */
export const TIE_BREAK_RULES = [
  "moreTaskPoints",
  "fewerDeductions",
  "moreBonus",
  "moreTasksOnTime",
  "fewerTasksNotDone",
  "moreBallotVotes",
  "higherManualPoints",
] as const;

export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];

/**
 * Tasks whose deadline is still ahead at the as-of date and that are not closed:
 * 'exclude' leaves them out of the weighted ratio; 'countAsZero' counts them at 0 %.
 */
export type NotYetDuePolicy = "exclude" | "countAsZero";

/**
 * 'yearEndMembersOnly': only units still members on the last day of the year are ranked,
 * on all their tasks. 'prorateByMembership': every unit that was a member at some time in the
 * year is ranked, on the tasks whose deadline falls within its membership dates.
 */
export type MembershipRule = "yearEndMembersOnly" | "prorateByMembership";

export interface TaskCompletionRule {
  /** Share earned by a task completed on or before its deadline. */
  onTimeShare: number;
  /** Share earned by a task completed after its deadline, before any per-day reduction. */
  lateShare: number;
  /** Basis points taken off lateShare per day late; 0 = no per-day reduction. */
  lateReductionPerDay: number;
  /** The per-day reduction never takes the late share below this. */
  lateFloorShare: number;
  /** Centipoints deducted per task not done (or overdue and open); 0 = such tasks just earn 0. */
  notDoneDeductionPoints: number;
  /** The deduction node that books those points, so its cap applies; required when they are > 0. */
  notDoneDeductionCriterionId: string | null;
  notYetDue: NotYetDuePolicy;
}

/**
 * What a level asks of the unit's key tasks (nhiệm vụ trọng tâm) that are due (or closed) and
 * counted for it: 'any' nothing; 'noneNotDone' every one done, late or not (a partly done task
 * is not done); 'allOnTime' every one done by its deadline. Open tasks not yet due never block.
 */
export const KEY_TASK_CONDITIONS = ["any", "noneNotDone", "allOnTime"] as const;
export type KeyTaskCondition = (typeof KEY_TASK_CONDITIONS)[number];

/**
 * One classification level. Levels are listed best first; a unit gets the first level it meets.
 * Thresholds are relative to the scale's maximum so one rule fits 100- and 1000-point tables.
 */
export interface ClassificationLevel {
  code: string;
  label: string;
  /** Minimum score as basis points of the maximum (9000 = 90 % of max); null = no minimum. */
  minPercentOfMax: number | null;
  /** Minimum score in centipoints, for rules that state the level in points; null = none. */
  minPoints: number | null;
  /** Minimum share on every manual and task-derived criterion; null = not required. */
  minShareEveryCriterion: number | null;
  keyTasks: KeyTaskCondition;
}

/** shareOfMembers is in basis points of the ranked units, rounded down. */
export type AwardQuota =
  { kind: "count"; count: number } | { kind: "shareOfMembers"; shareOfMembers: number };

export interface AwardRule {
  code: string;
  name: string;
  quota: AwardQuota;
  /** The leading-unit award goes only to the top-ranked eligible unit ("the top scorer must lead"). */
  isLeadingAward: boolean;
  /**
   * Minimum votes for, as basis points of voters present: passes when votesFor × 10000 ≥
   * threshold × votersPresent. 5001 = more than half, 6666 = at least two thirds (exact for any
   * bloc under 5000 voters). null = no ballot required.
   */
  ballotThreshold: number | null;
  /** The code of the lowest classification level a candidate must reach; null = any level. */
  minClassification: string | null;
}

/**
 * What a unit is classified on: 'total' is the total with bonus and deductions; 'base' the
 * points of the scale alone, before bonus and deductions.
 */
export type ClassificationBasis = "total" | "base";

/**
 * 'perCriterion': each task-derived criterion is rounded to 0,01 and the total is their sum;
 * 'atTotal': their exact sum is rounded once (6,666… + 6,666… = 13,33, not 6,67 + 6,67 = 13,34).
 */
export type RoundingMode = "perCriterion" | "atTotal";

export interface TotalsRule {
  /** false: a total below 0 counts as 0 (a unit with only deductions totals 0,00). */
  allowNegative: boolean;
  classifyOn: ClassificationBasis;
  rounding: RoundingMode;
}

/**
 * When the top-ranked eligible unit fails the leading award's ballot: 'blocDecides' proposes
 * nobody and leaves it to the bloc; 'nextEligible' passes the award down in rank order.
 */
export type LeadingAwardFallback = "blocDecides" | "nextEligible";

/**
 * Who cross-checks whom: 'secretariat' one cross-check per unit, entered by the bloc's
 * secretariat (the head's unit); 'allMembers' every member scores every other member;
 * 'assigned' each listed scorer unit scores the units listed for it.
 */
export const CROSS_CHECK_SCORERS = ["secretariat", "allMembers", "assigned"] as const;
export type CrossCheckScorers = (typeof CROSS_CHECK_SCORERS)[number];

/**
 * How several scorers' cross-check scores of one criterion become one: their mean, the median
 * (an even count takes the mean of the middle two), the mean without the highest and the lowest
 * (with fewer than three scorers, the plain mean), or the lowest. Rounded half up to 0,01.
 */
export const CROSS_CHECK_COMBINES = ["mean", "median", "trimmedMean", "min"] as const;
export type CrossCheckCombine = (typeof CROSS_CHECK_COMBINES)[number];

export interface CrossCheckAssignment {
  scorerUnitId: string;
  unitIds: string[];
}

export interface CrossCheckRule {
  scorers: CrossCheckScorers;
  combine: CrossCheckCombine;
  /** 'assigned' only: who scores whom. */
  assignments: CrossCheckAssignment[];
}

export interface ScoringRules {
  taskCompletion: TaskCompletionRule;
  /** Manual criteria use the final stage, else the cross-check; the self-score only if this is true. */
  allowSelfScoreFallback: boolean;
  classificationLevels: ClassificationLevel[];
  tieBreaks: TieBreakRule[];
  awards: AwardRule[];
  leadingAwardFallback: LeadingAwardFallback;
  totals: TotalsRule;
  crossCheck: CrossCheckRule;
  membership: MembershipRule;
  /**
   * The share of the members entitled to vote whose papers make a secret ballot valid, in basis
   * points (6666: two thirds, as a bloc's meeting is valid with two thirds of its members).
   */
  ballotQuorum: number;
}

export const DEFAULT_SCORING_RULES: ScoringRules = {
  taskCompletion: {
    onTimeShare: 10000,
    lateShare: 5000,
    lateReductionPerDay: 0,
    lateFloorShare: 0,
    notDoneDeductionPoints: 0,
    notDoneDeductionCriterionId: null,
    notYetDue: "exclude",
  },
  allowSelfScoreFallback: false,
  classificationLevels: [
    {
      code: "HTXS",
      label: "Hoàn thành xuất sắc nhiệm vụ",
      minPercentOfMax: 9000,
      minPoints: null,
      minShareEveryCriterion: null,
      keyTasks: "any",
    },
    {
      code: "HTT",
      label: "Hoàn thành tốt nhiệm vụ",
      minPercentOfMax: 7000,
      minPoints: null,
      minShareEveryCriterion: null,
      keyTasks: "any",
    },
    {
      code: "HT",
      label: "Hoàn thành nhiệm vụ",
      minPercentOfMax: 5000,
      minPoints: null,
      minShareEveryCriterion: null,
      keyTasks: "any",
    },
    {
      code: "KHT",
      label: "Không hoàn thành nhiệm vụ",
      minPercentOfMax: null,
      minPoints: null,
      minShareEveryCriterion: null,
      keyTasks: "any",
    },
  ],
  tieBreaks: ["moreTaskPoints", "fewerDeductions", "moreBonus", "moreTasksOnTime"],
  awards: [
    {
      code: "CO_THI_DUA_UBND_TINH",
      name: "Cờ thi đua của Ủy ban nhân dân tỉnh",
      quota: { kind: "count", count: 1 },
      isLeadingAward: true,
      ballotThreshold: null,
      minClassification: null,
    },
    {
      code: "BANG_KHEN_UBND_TINH",
      name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      quota: { kind: "count", count: 2 },
      isLeadingAward: false,
      ballotThreshold: null,
      minClassification: null,
    },
  ],
  leadingAwardFallback: "blocDecides",
  totals: { allowNegative: false, classifyOn: "total", rounding: "perCriterion" },
  crossCheck: { scorers: "secretariat", combine: "mean", assignments: [] },
  membership: "yearEndMembersOnly",
  ballotQuorum: 6666,
};
