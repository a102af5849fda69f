import type { ContributionKind, RankingResult, UnitResult } from "./result";

// Lines that only exist because a score was entered for the unit (any stage the rules count).
const ENTERED_SCORE_KINDS = new Set<ContributionKind>(["manual", "bonus", "deduction"]);

/**
 * A unit is "without scores" while no score entered for it counts and none of its tasks earned
 * anything (none completed, wholly or in part). Its 0,00 is then not a result: pages, documents
 * and files write "chưa có điểm" instead of a rank, a share or a classification.
 */
export function hasScores(unit: Pick<UnitResult, "contributions">): boolean {
  return unit.contributions.some(
    (line) => ENTERED_SCORE_KINDS.has(line.kind) || (line.kind === "task" && line.points > 0),
  );
}

/** A year without scores: no ranked unit has any (its ties at 0,00 are not ties to settle). */
export function yearHasScores(result: Pick<RankingResult, "units">): boolean {
  return result.units.some(hasScores);
}
