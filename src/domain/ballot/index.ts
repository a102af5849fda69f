export { CODE_ALPHABET, CODE_LENGTH, codeFromRandomBytes, displayCode, readCode } from "./ballot-code";
export { countBallot, type BallotCandidateCount, type BallotOutcome } from "./ballot-outcome";
export { suggestedBallotCandidates } from "./suggested-candidates";
