import type { ConferenceAward, ConferenceRow } from "./conference-data";

export type Citation = { awardName: string; unitName: string; rank: number; total: number };

/**
 * One press of the presenter's clicker. `revealed` rows are shown, counted from the bottom of the
 * table; a citation step shows the award card of the row revealed just before it.
 */
export type RevealStep = { revealed: number; citation: Citation | null };

/**
 * The reveal from the last rank to the first (the conference's suspense): step 0 shows nothing,
 * then one row per step, and after a row that wins awards one citation card per award.
 */
export function revealSteps(
  rows: readonly ConferenceRow[],
  awards: readonly ConferenceAward[],
): RevealStep[] {
  const steps: RevealStep[] = [{ revealed: 0, citation: null }];
  for (const [index, row] of [...rows.entries()].reverse()) {
    const revealed = rows.length - index;
    steps.push({ revealed, citation: null });
    for (const award of awards) {
      if (!award.units.some((unit) => unit.unitId === row.unitId)) continue;
      steps.push({
        revealed,
        citation: { awardName: award.awardName, unitName: row.name, rank: row.rank, total: row.total },
      });
    }
  }
  return steps;
}

/** Whether row `index` (0-based, in rank order) is visible after `revealed` rows from the bottom. */
export function isRowRevealed(index: number, rowCount: number, revealed: number): boolean {
  return index >= rowCount - revealed;
}

/** Keeps a step index valid when live data changes the number of steps under the presenter. */
export function clampStep(step: number, stepCount: number): number {
  return Math.min(Math.max(step, 0), Math.max(stepCount - 1, 0));
}
