/**
 * Points re-based to basis points of a scale's maximum (9750 of 10000 → 9750 = 97,5 %), rounded
 * half up, so years scored on 100 and on 1000 points compare. Null when the scale has no maximum.
 */
export function percentOfMax(points: number, maxPoints: number): number | null {
  if (maxPoints <= 0) return null;
  return Math.round((points * 10000) / maxPoints);
}
