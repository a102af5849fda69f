import type { BallotChoiceCode } from "@/domain/vocabulary/codes";

export type BallotCandidateCount = {
  candidateId: string;
  unitId: string;
  awardCode: string;
  agree: number;
  disagree: number;
  abstain: number;
};

export type BallotOutcome = {
  /** Members entitled to vote (one code each). */
  electorate: number;
  /** Papers cast: the delegates who voted, the "present" of the threshold. */
  papers: number;
  /** In basis points of the electorate (the rules' ballotQuorum). */
  quorum: number;
  quorumMet: boolean;
  candidates: (BallotCandidateCount & {
    /** In basis points of the papers (the award's ballotThreshold); null: the award asks none. */
    threshold: number | null;
    /** Whether the candidate reached the threshold; false when the quorum failed. */
    passed: boolean;
  })[];
};

type CountInput = {
  electorate: number;
  quorum: number;
  candidates: { candidateId: string; unitId: string; awardCode: string }[];
  thresholds: ReadonlyMap<string, number | null>;
  /** Every vote of every paper. */
  votes: { candidateId: string; choice: BallotChoiceCode }[];
  papers: number;
};

/**
 * The count of a closed ballot. The ballot is valid when papers × 10000 ≥ quorum × electorate;
 * a candidate passes when agree × 10000 ≥ threshold × papers, the rule the engine applies to a
 * stored tally (src/domain/scoring/ballots.ts), so the screen and the ranking never disagree.
 */
export function countBallot(input: CountInput): BallotOutcome {
  const quorumMet = input.papers > 0 && input.papers * 10_000 >= input.quorum * input.electorate;
  return {
    electorate: input.electorate,
    papers: input.papers,
    quorum: input.quorum,
    quorumMet,
    candidates: input.candidates.map((candidate) => {
      const mine = input.votes.filter((vote) => vote.candidateId === candidate.candidateId);
      const count = (choice: BallotChoiceCode) => mine.filter((vote) => vote.choice === choice).length;
      const agree = count("AGREE");
      const threshold = input.thresholds.get(candidate.awardCode) ?? null;
      return {
        ...candidate,
        agree,
        disagree: count("DISAGREE"),
        abstain: count("ABSTAIN"),
        threshold,
        passed: quorumMet && agree * 10_000 >= (threshold ?? 0) * input.papers,
      };
    }),
  };
}
