/**
 * Points re-based to basis points of a scale's maximum (9750 of 10000 → 9750 = 97,5 %), so years
 * scored on 100 and on 1000 points compare. Rounded down: 699,99 of 1000 shows 69,99 %, never a
 * 70 % the unit did not reach. Null when the scale has no maximum.
 */
export function percentOfMax(points: number, maxPoints: number): number | null {
  if (maxPoints <= 0) return null;
  // Exact: |points × 10000| stays far below 2^53, and a float quotient of two such integers
  // floors to the exact integer quotient.
  return Math.floor((points * 10000) / maxPoints);
}
