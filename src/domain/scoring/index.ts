export { rankAgencies } from "./rank-agencies";
export { tallyTasks } from "./task-tally";
export { hasScores, yearHasScores } from "./has-scores";
export { whatIf } from "./what-if";
export type { TaskChange, UnitDelta, WhatIfResult } from "./what-if";
export {
  CROSS_CHECK_COMBINES,
  CROSS_CHECK_SCORERS,
  DEFAULT_SCORING_RULES,
  KEY_TASK_CONDITIONS,
  TIE_BREAK_RULES,
} from "./rules";
export { levelThresholdProblems, type LevelProblem } from "./level-thresholds";
export type {
  AwardQuota,
  AwardRule,
  ClassificationBasis,
  ClassificationLevel,
  CrossCheckAssignment,
  CrossCheckCombine,
  CrossCheckRule,
  CrossCheckScorers,
  KeyTaskCondition,
  LeadingAwardFallback,
  MembershipRule,
  NotYetDuePolicy,
  ScoringRules,
  TaskCompletionRule,
  RoundingMode,
  TieBreakRule,
  TotalsRule,
} from "./rules";
export type {
  BallotTally,
  EligibilityFlags,
  IsoDate,
  Member,
  ScoreLine,
  ScoreNode,
  ScoreNodeKind,
  ScoreStage,
  ScoringInput,
  KeyTask,
  Task,
  TaskStatus,
  TaskTally,
} from "./input";
export type {
  AwardCandidacy,
  AwardOutcome,
  CandidacyReasonCode,
  LevelBlockCode,
  Classification,
  Contribution,
  ContributionKind,
  ExcludedUnit,
  ExclusionCode,
  IneligibilityCode,
  PairDecision,
  PairDecisionCode,
  RankingResult,
  Reason,
  UnitResult,
} from "./result";
export { ScoringInputError } from "./errors";
export type { ScoringInputErrorCode } from "./errors";
