import type { CrossCheckCombine } from "./rules";

/** n / d rounded half up, for n ≥ 0 and d > 0, in integers (no floating-point ties). */
function roundHalfUp(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  return (numerator - quotient * denominator) * 2 >= denominator ? quotient + 1 : quotient;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Each scorer's lines added up, by scorer unit id ("" for lines without one). */
export function sumByScorer(
  lines: readonly { scorerUnitId?: string | null; points: number }[],
): Map<string, number> {
  const byScorer = new Map<string, number>();
  for (const line of lines) {
    const scorer = line.scorerUnitId ?? "";
    byScorer.set(scorer, (byScorer.get(scorer) ?? 0) + line.points);
  }
  return byScorer;
}

/**
 * One figure from several scorers' centipoints, as the rules combine them. Sorted first, so the
 * order in which scores arrive never changes it. Non-negative inputs (lines are magnitudes).
 */
export function combineScores(values: readonly number[], how: CrossCheckCombine): number {
  const sorted = [...values].sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return 0;
  switch (how) {
    case "min":
      return sorted[0]!;
    case "median": {
      const middle = Math.floor(count / 2);
      return count % 2 === 1 ? sorted[middle]! : roundHalfUp(sorted[middle - 1]! + sorted[middle]!, 2);
    }
    case "trimmedMean":
      return count < 3 ? roundHalfUp(sum(sorted), count) : roundHalfUp(sum(sorted.slice(1, -1)), count - 2);
    case "mean":
      return roundHalfUp(sum(sorted), count);
  }
}
