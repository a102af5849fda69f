/**
 * The most a typed leaf takes, as the engine applies it: a manual leaf its maximum; a bonus or
 * deduction leaf its cap, or its maximum when it has none.
 */
export function typedLeafLimit(leaf: { kind: string; maxPoints: number; capPoints: number | null }): number {
  return leaf.kind === "MANUAL" ? leaf.maxPoints : (leaf.capPoints ?? leaf.maxPoints);
}
