import type { Walk } from "./score-walk";

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Rules that round once, at the total: what the task-derived criteria's exact sum, rounded half
 * up once, differs from the sum of the criteria as each is shown (rounded on its own). Criteria
 * reduced by a deduction keep their own rounding: they may stop at 0. Exact fractions in BigInt,
 * as their denominators (Σ weight × 10000) differ from criterion to criterion.
 */
export function roundingOnceAdjustment(walk: Walk): number {
  let shown = 0;
  let numerator = 0n;
  let denominator = 1n;
  for (const [index, score] of walk.taskScores) {
    if (walk.reductions.has(index)) continue;
    shown += score.points;
    const d = BigInt(score.exact.denominator);
    numerator = numerator * d + BigInt(score.exact.numerator) * denominator;
    denominator *= d;
    const common = gcd(numerator, denominator);
    numerator /= common;
    denominator /= common;
  }
  const once = (2n * numerator + denominator) / (2n * denominator);
  return Number(once) - shown;
}
