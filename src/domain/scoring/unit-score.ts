import type { ScoringInput } from "./input";
import { type IndexedInput, bucketOf } from "./input-index";
import { scoreLineCriterion } from "./line-criterion";
import type { UnitScope } from "./membership";
import { roundingOnceAdjustment } from "./round-once";
import { applyLimit, floorTotal, reduceByDeductions } from "./score-adjustments";
import { formatSignedPoints } from "@/domain/format/numbers";
import type { TableNode } from "./score-table";
import type { UnitScore, Walk } from "./score-walk";
import { scoreTallyCriterion } from "./tally-criterion";
import { scoreTaskCriterion } from "./task-criterion";

export type { UnitScore } from "./score-walk";

/** A loop, not push(...items): spreading a very long list overflows the call stack. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function scoreTaskLeaves(walk: Walk): void {
  const { rules, asOf } = walk.input;
  const rule = rules.taskCompletion;
  const context = {
    explain: walk.index.explain,
    asOf,
    rule,
    window: walk.scope.window,
    penaltyPoints: rule.notDoneDeductionPoints,
    penaltyCriterionId: rule.notDoneDeductionCriterionId,
    windowed: walk.scope.window !== null,
  };
  for (const entry of walk.index.table.nodes) {
    if (entry.node.kind !== "taskDerived" || entry.children.length > 0) continue;
    const bucket = bucketOf(walk.index.table, walk.scope, entry.index);
    const tallies = walk.index.tallyBuckets;
    const result = tallies
      ? scoreTallyCriterion(entry, tallies[bucket], context)
      : scoreTaskCriterion(entry, walk.index.taskBuckets[bucket], context);
    walk.taskScores.set(entry.index, result);
    appendAll(walk.penalties, result.penalties);
    walk.score.tasksCounted += result.counted;
    walk.score.tasksOnTime += result.onTime;
    walk.score.tasksNotDone += result.notDone;
  }
}

function leafRaw(walk: Walk, entry: TableNode): number {
  const taskScore = walk.taskScores.get(entry.index);
  if (taskScore !== undefined) {
    appendAll(walk.score.contributions, taskScore.contributions);
    return taskScore.points;
  }
  const lines = walk.index.lineBuckets[bucketOf(walk.index.table, walk.scope, entry.index)];
  const raw = scoreLineCriterion(entry, lines, walk.index.lineContext, walk.score.contributions);
  if (entry.index !== walk.penaltyNodeIndex) return raw;
  appendAll(walk.score.contributions, walk.penalties);
  return walk.penalties.reduce((sum, line) => sum - line.points, raw);
}

/** Adds a bonus or deduction subtree to the unit's totals; scale nodes go to their parent. */
function addOutsideScale(score: UnitScore, entry: TableNode, points: number): void {
  if (entry.family === "bonus") score.bonus += points;
  else if (entry.family === "deduction") score.deductions += points;
}

function evaluate(walk: Walk, entry: TableNode): number {
  let raw = 0;
  if (entry.children.length === 0) raw = leafRaw(walk, entry);
  for (const childIndex of entry.children) {
    const child = walk.index.table.nodes[childIndex] as TableNode;
    if (walk.targeted.has(childIndex)) continue;
    const points = evaluate(walk, child);
    if (child.family === entry.family) raw += points;
    else addOutsideScale(walk.score, child, points);
  }
  const points = reduceByDeductions(walk, entry, applyLimit(walk, entry, raw));
  walk.score.nodePoints[entry.node.id] = points;
  if (entry.children.length === 0 && entry.node.kind === "taskDerived") walk.score.taskPoints += points;
  if (entry.children.length === 0 && entry.node.kind === "manual") walk.score.manualPoints += points;
  return points;
}

export function scoreUnit(index: IndexedInput, input: ScoringInput, scope: UnitScope): UnitScore {
  const score: UnitScore = {
    nodePoints: {},
    contributions: [],
    taskPoints: 0,
    manualPoints: 0,
    bonus: 0,
    deductions: 0,
    criterionDeductions: 0,
    base: 0,
    total: 0,
    tasksCounted: 0,
    tasksOnTime: 0,
    tasksNotDone: 0,
  };
  const penaltyId = input.rules.taskCompletion.notDoneDeductionCriterionId;
  const penaltyNodeIndex = penaltyId === null ? -1 : (index.table.byId.get(penaltyId)?.index ?? -1);
  const walk: Walk = {
    index,
    input,
    scope,
    score,
    taskScores: new Map(),
    penalties: [],
    penaltyNodeIndex,
    reductions: new Map(),
    targeted: new Set(),
  };
  scoreTaskLeaves(walk);
  scoreTargetedDeductions(walk);
  let scalePoints = 0;
  for (const rootIndex of index.table.roots) {
    if (walk.targeted.has(rootIndex)) continue;
    const root = index.table.nodes[rootIndex] as TableNode;
    const points = evaluate(walk, root);
    if (root.family === "scale") scalePoints += points;
    else addOutsideScale(score, root, points);
  }
  if (input.rules.totals.rounding === "atTotal") scalePoints += roundOnceAtTotal(walk);
  score.base = scalePoints;
  score.total = scalePoints + score.bonus - score.deductions;
  if (score.total < 0 && !input.rules.totals.allowNegative) floorTotal(score, index.explain);
  return score;
}

/** The task points rounded once, as the rules ask: the difference is its own line. */
function roundOnceAtTotal(walk: Walk): number {
  const adjustment = roundingOnceAdjustment(walk);
  if (adjustment === 0) return 0;
  walk.score.taskPoints += adjustment;
  const label = walk.index.explain
    ? `Làm tròn một lần ở tổng điểm (quy chế): điểm các tiêu chí tính từ nhiệm vụ được cộng chính xác rồi mới làm tròn, điều chỉnh ${formatSignedPoints(adjustment)} điểm`
    : "";
  walk.score.contributions.push({ kind: "cap", points: adjustment, label });
  return adjustment;
}

/**
 * Deductions that name a criterion are scored first (their lines, their caps), so the criterion
 * can be reduced as it is evaluated; each that takes something gets a line saying where.
 */
function scoreTargetedDeductions(walk: Walk): void {
  const { table } = walk.index;
  for (const entry of table.nodes) {
    const targetId = entry.node.reducesCriterionId;
    const target = targetId === undefined ? undefined : table.byId.get(targetId);
    if (target === undefined) continue;
    walk.targeted.add(entry.index);
    const firstLine = walk.score.contributions.length;
    const amount = evaluate(walk, entry);
    // Its lines are the criterion's: explanations grouped by section then add up as the tables do.
    for (const line of walk.score.contributions.slice(firstLine)) line.criterionId = target.node.id;
    walk.reductions.set(target.index, (walk.reductions.get(target.index) ?? 0) + amount);
    // The whole amount, not what the criterion could give: "fewer deductions" stays monotone.
    walk.score.criterionDeductions += amount;
    // Said only where it took something: a line of kind "deduction" also marks the unit as scored.
    if (amount === 0) continue;
    const label = walk.index.explain
      ? `${entry.label} trừ vào ${target.label}, không làm tiêu chí thấp hơn 0`
      : "";
    walk.score.contributions.push({ kind: "deduction", criterionId: target.node.id, points: 0, label });
  }
}
