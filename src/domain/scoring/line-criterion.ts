import { combineScores, sumByScorer } from "./combine-scores";
import type { ScoreLine, ScoreStage } from "./input";
import type { CrossCheckCombine } from "./rules";
import type { Contribution } from "./result";
import type { TableNode } from "./score-table";
import { formatPoints, formatSignedPoints } from "@/domain/format/numbers";

const STAGE_LABELS: Record<ScoreStage, string> = {
  final: "điểm khối thống nhất",
  crossCheck: "điểm kiểm tra chéo",
  self: "điểm tự chấm",
};

/** Final lines win, then cross-check; the unit's own self-score only when the rules allow it. */
export function chooseStage(lines: readonly ScoreLine[], allowSelf: boolean): ScoreStage | null {
  let best: ScoreStage | null = null;
  for (const line of lines) {
    if (line.stage === "final") return "final";
    if (line.stage === "crossCheck") best = "crossCheck";
    else if (best === null && allowSelf) best = "self";
  }
  return best;
}

function lineLabel(entry: TableNode, line: ScoreLine, signed: number): string {
  const points = entry.family === "scale" ? formatPoints(signed) : formatSignedPoints(signed);
  const note = line.explanation ? ` (${line.explanation})` : "";
  return `${entry.label}, ${STAGE_LABELS[line.stage]}: ${points} điểm${note}`;
}

function missingLine(
  entry: TableNode,
  lines: readonly ScoreLine[] | undefined,
  explain: boolean,
): Contribution {
  const why =
    lines !== undefined && lines.length > 0
      ? "chỉ có điểm tự chấm, quy chế không cho tính"
      : "chưa có điểm chấm";
  return {
    kind: "missingScore",
    criterionId: entry.node.id,
    points: 0,
    label: explain ? `${entry.label}: ${why}, 0,00 điểm` : "",
  };
}

export interface LineContext {
  /** Whether the lines carry their text (rankAgencies' `explain`). */
  explain: boolean;
  allowSelf: boolean;
  combine: CrossCheckCombine;
  /** A member's name by unit id, for the scorers named in a combined cross-check. */
  nameOf: (unitId: string) => string;
}

const COMBINE_LABELS: Record<CrossCheckCombine, string> = {
  mean: "trung bình",
  median: "trung vị",
  trimmedMean: "trung bình sau khi bỏ điểm cao nhất và thấp nhất",
  min: "điểm thấp nhất",
};

/**
 * Cross-check lines of two or more scorers: each scorer's lines add up, then one figure by the
 * rules' combination, explained with every scorer's value, highest first (then by unit id, so
 * the order never depends on the input's; a name collation here costs a nation ranking ~5 %).
 */
function combinedCrossCheck(entry: TableNode, chosen: readonly ScoreLine[], context: LineContext) {
  const byScorer = sumByScorer(chosen);
  if (byScorer.size < 2) return null;
  const raw = combineScores([...byScorer.values()], context.combine);
  const points = entry.family === "deduction" ? 0 - raw : raw;
  const kind = entry.family === "scale" ? "manual" : entry.family;
  const line: Contribution = { kind, criterionId: entry.node.id, points, label: "" };
  if (!context.explain) return { raw, line };
  const values = [...byScorer]
    .sort(([a, pa], [b, pb]) => pb - pa || (a < b ? -1 : 1))
    .map(([scorer, points]) => `${context.nameOf(scorer)} ${formatPoints(points)}`)
    .join("; ");
  const shown = entry.family === "scale" ? formatPoints(points) : formatSignedPoints(points);
  // A trimmed mean of two drops nothing (combineScores): say so rather than name a cut not made.
  const untrimmed = context.combine === "trimmedMean" && byScorer.size < 3;
  const how = untrimmed
    ? `trung bình của ${byScorer.size} đơn vị chấm, chưa đủ 3 để bỏ điểm cao nhất và thấp nhất: ${values}`
    : `${COMBINE_LABELS[context.combine]} của ${byScorer.size} đơn vị chấm: ${values}`;
  line.label = `${entry.label}, điểm kiểm tra chéo (${how}): ${shown} điểm`;
  return { raw, line };
}

const byId = (a: ScoreLine, b: ScoreLine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One manual, bonus or deduction leaf of one unit: its lines of the stage that counts go into
 * `contributions`, and their sum before the node's limit is returned (magnitude for deductions).
 * Called for every unit and leaf (a province ranking: 4,000 times), so a single line — the usual
 * case — is taken as it is, without a filtered and sorted copy.
 */
export function scoreLineCriterion(
  entry: TableNode,
  lines: readonly ScoreLine[] | undefined,
  context: LineContext,
  contributions: Contribution[],
): number {
  const stage = lines === undefined ? null : chooseStage(lines, context.allowSelf);
  if (stage === null || lines === undefined) {
    if (entry.family === "scale") contributions.push(missingLine(entry, lines, context.explain));
    return 0;
  }
  // One line is of the stage chosen from it; several are filtered, then ordered by id.
  const chosen = lines.length === 1 ? lines : lines.filter((line) => line.stage === stage).sort(byId);
  const combined =
    stage === "crossCheck" && chosen.length > 1 ? combinedCrossCheck(entry, chosen, context) : null;
  if (combined !== null) {
    contributions.push(combined.line);
    return combined.raw;
  }
  const kind = entry.family === "scale" ? "manual" : entry.family;
  let raw = 0;
  for (const line of chosen) {
    raw += line.points;
    // `0 - x` rather than `-x`: a zero deduction must be +0, not -0, to compare equal.
    const points = entry.family === "deduction" ? 0 - line.points : line.points;
    const label = context.explain ? lineLabel(entry, line, points) : "";
    contributions.push({ kind, criterionId: entry.node.id, points, label });
  }
  return raw;
}
