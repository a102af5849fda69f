import type { TieBreakRule } from "./rules";

/**
 * One line of a unit's explanation. The points of all contributions of a unit add up exactly to
 * its total; lines that explain why something counts for nothing carry 0 points.
 */
export type ContributionKind =
  "task" | "taskExcluded" | "taskDeduction" | "manual" | "missingScore" | "bonus" | "deduction" | "cap";

export interface Contribution {
  kind: ContributionKind;
  criterionId?: string;
  taskId?: string;
  /** Signed centipoints: deductions are negative. */
  points: number;
  /** The same line as a Vietnamese sentence. */
  label: string;
}

export interface Reason<Code extends string> {
  code: Code;
  message: string;
}

export interface Classification {
  code: string;
  label: string;
}

/** Why a unit is below a level its points reach: a key task not done, or done late. */
export type LevelBlockCode = "keyTaskNotDone" | "keyTaskLate";

export type IneligibilityCode =
  "underDisciplinaryReview" | "underInvestigation" | "underInspection" | "unresolvedComplaint";

export type CandidacyReasonCode =
  | IneligibilityCode
  | "alreadyProposed"
  | "topRankedEligible"
  | "passedDown"
  | "notTopRankedEligible"
  | "belowClassification"
  | "withinQuota"
  | "outsideQuota"
  | "tiedAtQuotaBoundary"
  | "ballotPassed"
  | "ballotBelowThreshold"
  | "noBallot";

export interface AwardCandidacy {
  awardCode: string;
  awardName: string;
  candidate: boolean;
  reasons: Reason<CandidacyReasonCode>[];
}

export interface UnitResult {
  unitId: string;
  name: string;
  /** Standard competition ranking: 1, 2, 2, 4. */
  rank: number;
  sharedRank: boolean;
  /** Points of every node of the score table by node id; bonus and deduction nodes as magnitudes. */
  nodePoints: Record<string, number>;
  taskPoints: number;
  manualPoints: number;
  bonus: number;
  /** Points taken away, as a positive number. */
  deductions: number;
  total: number;
  /**
   * Total in basis points of the scale's maximum, rounded down, so a share shown never reaches a
   * threshold the points do not; above 10000 with bonus.
   */
  percentOfMax: number;
  tasksCounted: number;
  tasksOnTime: number;
  tasksNotDone: number;
  /** Votes for the leading award (all awards if the catalogue has none). */
  ballotVotes: number;
  classification: Classification | null;
  /** Better levels the points reach that a key task kept the unit out of (absent in older snapshots). */
  levelBlocks?: Reason<LevelBlockCode>[];
  awards: AwardCandidacy[];
  contributions: Contribution[];
}

export type PairDecisionCode = "total" | TieBreakRule | "sharedRank";

/** Why the unit listed first is above the next one, or that they share a rank. */
export interface PairDecision {
  upperUnitId: string;
  lowerUnitId: string;
  code: PairDecisionCode;
  message: string;
}

export type ExclusionCode = "leftBeforeYearEnd" | "notMemberDuringYear";

export interface ExcludedUnit {
  unitId: string;
  name: string;
  reason: Reason<ExclusionCode>;
}

export interface AwardOutcome {
  awardCode: string;
  awardName: string;
  quota: number;
  candidateUnitIds: string[];
}

export interface RankingResult {
  /** The scale's maximum in centipoints (bonus and deduction nodes excluded). */
  maxPoints: number;
  /** In display order: by rank, then shared ranks by Vietnamese name. */
  units: UnitResult[];
  /** One decision per adjacent pair of `units`. */
  pairs: PairDecision[];
  excluded: ExcludedUnit[];
  awards: AwardOutcome[];
}
