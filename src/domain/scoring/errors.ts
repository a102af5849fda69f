export type ScoringInputErrorCode =
  | "invalidDate"
  | "invalidNumber"
  | "invalidScoreTable"
  | "unknownCriterion"
  | "unknownUnit"
  | "unknownTask"
  | "unknownAward"
  | "duplicate"
  | "missingCompletionDate"
  | "missingKeyTasks"
  | "invalidRules"
  | "numberTooLarge";

/** Input the engine cannot score; the message is Vietnamese and safe to show to the user. */
export class ScoringInputError extends Error {
  readonly code: ScoringInputErrorCode;

  constructor(code: ScoringInputErrorCode, message: string) {
    super(message);
    this.name = "ScoringInputError";
    this.code = code;
  }
}
