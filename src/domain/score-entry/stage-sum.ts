/**
 * The raw sum of one stage's sheet, as typed: task-derived points (from the engine) plus manual
 * and bonus points, minus deductions, before any cap. The official total stays the engine's,
 * which applies caps and the stage precedence; this one shows what the sheet itself adds up to.
 */
export type StageLeafKind = "MANUAL" | "TASK_DERIVED" | "BONUS" | "DEDUCTION";

export function stageSum(
  leaves: readonly { id: string; kind: StageLeafKind }[],
  pointsOf: (leafId: string) => number | null,
): number {
  let sum = 0;
  for (const leaf of leaves) {
    const points = pointsOf(leaf.id) ?? 0;
    sum += leaf.kind === "DEDUCTION" ? -points : points;
  }
  return sum;
}
