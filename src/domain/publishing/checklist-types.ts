import type { ScoreStageCode, SheetStatusCode, TaskStatusCode } from "@/domain/vocabulary/codes";

/** The checks run before publishing, in the order the Công bố tab lists them. */
export const CHECK_CODES = [
  "missingScores",
  "missingFinalScores",
  "selfSheetsNotApproved",
  "overdueOpenTasks",
  "awardsWithoutBallot",
  "ballotOpen",
  "openObjections",
  "candidatesWithoutDecision",
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

/** 'blocking': publishing waits until it is fixed; 'override': allowed with a stated reason. */
export type CheckSeverity = "blocking" | "override";

export type ChecklistItem = {
  code: CheckCode;
  severity: CheckSeverity;
  /** false: the check found nothing (shown as ✓, so the officer sees what was checked). */
  open: boolean;
  message: string;
};

export type ChecklistUnit = { unitId: string; name: string };
export type ChecklistCriterion = { id: string; code: string; title: string };
export type ChecklistScoreLine = { unitId: string; criterionId: string; stage: ScoreStageCode };
export type ChecklistSheet = { unitId: string; stage: ScoreStageCode; status: SheetStatusCode };
export type ChecklistTask = { number: number; title: string; deadline: string; status: TaskStatusCode };
export type ChecklistAward = { code: string; name: string; needsBallot: boolean; hasTally: boolean };
/** An objection to a figure still waiting for the secretariat's answer (issue 14). */
export type ChecklistObjection = { number: number; unitId: string; criterionCode: string };
export type ChecklistCandidate = { unitId: string; awardCode: string; hasProposal: boolean };

/** Plain facts of one bloc-year as of a day; dates are ISO days (yyyy-mm-dd). */
export type PublishChecklistInput = {
  asOf: string;
  /** The units the year ranks (names as the ranking shows them). */
  units: ChecklistUnit[];
  /** The manual leaves of the score table in force: the ones scored by hand. */
  manualCriteria: ChecklistCriterion[];
  scoreLines: ChecklistScoreLine[];
  /** Whether the rules let a self-score stand in when no later stage scored the criterion. */
  allowSelfScoreFallback: boolean;
  sheets: ChecklistSheet[];
  tasks: ChecklistTask[];
  awards: ChecklistAward[];
  /** The engine's candidates under the rules. */
  candidates: ChecklistCandidate[];
  /** A phones' ballot still open: papers may still come in, so its count is not yet the record. */
  ballotOpen: boolean;
  openObjections: ChecklistObjection[];
};
