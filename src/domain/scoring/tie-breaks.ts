import type { TieBreakRule } from "./rules";
import type { UnitScore } from "./unit-score";
import { TIE_BREAK_LABEL } from "@/domain/vocabulary/rules-labels";
import { formatPoints } from "@/domain/format/numbers";

/** What the ranking compares for one unit. */
export interface RankingEntry {
  unitId: string;
  name: string;
  score: UnitScore;
  ballotVotes: number;
}

interface Metric {
  value: (entry: RankingEntry) => number;
  higherIsBetter: boolean;
  format: (value: number) => string;
}

const points = (value: number): string => `${formatPoints(value)} điểm`;
const tasks = (value: number): string => `${value} nhiệm vụ`;

/** Every rule is monotone: improving a unit's own task never makes its value worse. */
const METRICS: Record<TieBreakRule, Metric> = {
  moreTaskPoints: {
    value: (e) => e.score.taskPoints,
    higherIsBetter: true,
    format: points,
  },
  fewerDeductions: {
    value: (e) => e.score.deductions + e.score.criterionDeductions,
    higherIsBetter: false,
    format: points,
  },
  moreBonus: {
    value: (e) => e.score.bonus,
    higherIsBetter: true,
    format: points,
  },
  moreTasksOnTime: {
    value: (e) => e.score.tasksOnTime,
    higherIsBetter: true,
    format: tasks,
  },
  fewerTasksNotDone: {
    value: (e) => e.score.tasksNotDone,
    higherIsBetter: false,
    format: tasks,
  },
  moreBallotVotes: {
    value: (e) => e.ballotVotes,
    higherIsBetter: true,
    format: (v) => `${v} phiếu`,
  },
  higherManualPoints: {
    value: (e) => e.score.manualPoints,
    higherIsBetter: true,
    format: points,
  },
};

/** Negative when `a` ranks above `b` under this rule, 0 when the rule cannot separate them. */
export function compareByRule(rule: TieBreakRule, a: RankingEntry, b: RankingEntry): number {
  const metric = METRICS[rule];
  const difference = metric.value(b) - metric.value(a);
  return metric.higherIsBetter ? difference : -difference;
}

/** Totals first, then the bloc's chain in order; 0 means the units share a rank. */
export function compareForRank(chain: readonly TieBreakRule[], a: RankingEntry, b: RankingEntry): number {
  const byTotal = b.score.total - a.score.total;
  if (byTotal !== 0) return byTotal;
  for (const rule of chain) {
    const byRule = compareByRule(rule, a, b);
    if (byRule !== 0) return byRule;
  }
  return 0;
}

/** The rule as the regulations word it, for the engine's explanations. */
export function ruleLabel(rule: TieBreakRule): string {
  return TIE_BREAK_LABEL[rule];
}

/** e.g. '40,00 điểm so với 38,00 điểm'. */
export function ruleComparison(rule: TieBreakRule, upper: RankingEntry, lower: RankingEntry): string {
  const metric = METRICS[rule];
  return `${metric.format(metric.value(upper))} so với ${metric.format(metric.value(lower))}`;
}
