import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { countsInLine, lineageOf, type LineageMember, type Succession } from "./lineage";
import { percentOfMax } from "./percent-of-max";
import { blocTrend, type YearResults } from "./trend-series";

export type UnitTrendPoint = {
  year: number;
  source: YearResults["source"];
  /** Whose result this is: the unit itself or, before a merger, one of its predecessors. */
  unitId: string;
  ofPredecessor: boolean;
  /** The unit's name that year; null when nobody of the line was ranked that year. */
  name: string | null;
  /** The name as the trend shows it: a predecessor's is marked as such. */
  label: string | null;
  /** True when the unit was ranked that year but had no scores: "chưa có điểm", no figures. */
  noScores: boolean;
  rank: number | null;
  sharedRank: boolean;
  unitCount: number;
  total: number | null;
  maxPoints: number;
  percent: number | null;
  classification: string | null;
  blocMedianPercent: number | null;
};

/** How a predecessor's result is labelled in its successor's trend. */
export const predecessorLabel = (name: string) => `${name} (trước hợp nhất)`;

/**
 * One unit's results per year beside the bloc median. The unit keeps its id through renamings;
 * before a merger its line is its predecessors' (lineageOf), each point labelled as theirs. A year
 * in which nobody of the line was ranked keeps one empty point of the unit itself.
 */
export function unitTrend(
  years: readonly YearResults[],
  line: { unitId: string; successions?: readonly Succession[] },
): UnitTrendPoint[] {
  const members = lineageOf(line.unitId, line.successions ?? []);
  const medians = new Map(blocTrend(years).map((point) => [point.year, point.medianPercent]));
  return [...years]
    .sort((a, b) => a.year - b.year)
    .flatMap((year) => {
      const median = medians.get(year.year) ?? null;
      const ranked = members.flatMap((member) => pointOf(year, member, median));
      return ranked.length > 0 ? ranked.sort(ownFirstThenByName) : [emptyPoint(year, line.unitId, median)];
    });
}

function pointOf(year: YearResults, member: LineageMember, median: number | null): UnitTrendPoint[] {
  const unit = year.units.find((candidate) => candidate.unitId === member.unitId);
  if (!unit || !countsInLine(member, year.year)) return [];
  const ofPredecessor = member.handedOverOn !== null;
  const scored = unit.scored;
  return [
    {
      year: year.year,
      source: year.source,
      unitId: unit.unitId,
      ofPredecessor,
      name: unit.name,
      label: ofPredecessor ? predecessorLabel(unit.name) : unit.name,
      noScores: !scored,
      rank: scored ? unit.rank : null,
      sharedRank: unit.sharedRank,
      unitCount: year.unitCount,
      total: scored ? unit.total : null,
      maxPoints: year.maxPoints,
      percent: scored ? percentOfMax(unit.total, year.maxPoints) : null,
      classification: scored ? unit.classification : null,
      blocMedianPercent: median,
    },
  ];
}

function emptyPoint(year: YearResults, unitId: string, median: number | null): UnitTrendPoint {
  return {
    year: year.year,
    source: year.source,
    unitId,
    ofPredecessor: false,
    name: null,
    label: null,
    noScores: false,
    rank: null,
    sharedRank: false,
    unitCount: year.unitCount,
    total: null,
    maxPoints: year.maxPoints,
    percent: null,
    classification: null,
    blocMedianPercent: median,
  };
}

const ownFirstThenByName = (a: UnitTrendPoint, b: UnitTrendPoint) =>
  Number(a.ofPredecessor) - Number(b.ofPredecessor) || compareVietnamese(a.name ?? "", b.name ?? "");

export type TrendLine = { unitId: string; ofPredecessor: boolean; label: string };

/**
 * The lines a unit's trend chart draws: the unit's own, then one per predecessor with a result,
 * each under the label of its latest point.
 */
export function trendLines(points: readonly UnitTrendPoint[]): TrendLine[] {
  const lines = new Map<string, TrendLine>();
  for (const point of points) {
    if (point.label === null) continue;
    lines.set(point.unitId, { unitId: point.unitId, ofPredecessor: point.ofPredecessor, label: point.label });
  }
  return [...lines.values()].sort(
    (a, b) => Number(a.ofPredecessor) - Number(b.ofPredecessor) || compareVietnamese(a.label, b.label),
  );
}
