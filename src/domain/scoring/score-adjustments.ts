import type { TableNode } from "./score-table";
import type { UnitScore, Walk } from "./score-walk";
import { formatPoints, formatSignedPoints } from "@/domain/format/numbers";

/* The adjustments of a unit's points, each its own explanation line so the lines still sum. */

/** Clamps a node to [0, limit]; the adjustment is its own explanation line so sums stay exact. */
export function applyLimit(walk: Walk, entry: TableNode, raw: number): number {
  const points = Math.min(Math.max(raw, 0), entry.limit);
  if (points === raw) return points;
  const change = points - raw;
  const signed = entry.family === "deduction" ? 0 - change : change;
  const label = walk.index.explain ? limitLabel(entry, raw, signed) : "";
  walk.score.contributions.push({ kind: "cap", criterionId: entry.node.id, points: signed, label });
  return points;
}

function limitLabel(entry: TableNode, raw: number, signed: number): string {
  const why =
    raw > entry.limit
      ? `vượt mức ${entry.family === "scale" ? "tối đa" : "trần"} ${formatPoints(entry.limit)} điểm`
      : "điểm không thấp hơn 0";
  return `${entry.label}: ${why}, điều chỉnh ${formatSignedPoints(signed)} điểm`;
}

/** A criterion named by deductions loses their points, down to 0: what it cannot give is lifted. */
export function reduceByDeductions(walk: Walk, entry: TableNode, points: number): number {
  const amount = walk.reductions.get(entry.index);
  if (amount === undefined) return points;
  if (amount <= points) return points - amount;
  const lift = amount - points;
  const label = walk.index.explain
    ? `${entry.label}: điểm trừ lớn hơn điểm của tiêu chí, tiêu chí còn 0,00 điểm, điều chỉnh ${formatSignedPoints(lift)} điểm`
    : "";
  walk.score.contributions.push({ kind: "cap", criterionId: entry.node.id, points: lift, label });
  return 0;
}

/** Rules without negative totals: the total stops at 0, the lift its own line so sums stay exact. */
export function floorTotal(score: UnitScore, explain: boolean): void {
  const lift = 0 - score.total;
  const label = !explain
    ? ""
    : `Tổng điểm không thấp hơn 0 (quy chế không cho tổng điểm âm): điều chỉnh ${formatSignedPoints(lift)} điểm`;
  score.contributions.push({ kind: "cap", points: lift, label });
  score.total = 0;
}
