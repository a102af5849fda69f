import type { TrendLine, UnitTrendPoint } from "@/domain/rankings";
import type { TrendRow, TrendSeries } from "../trend-chart";

// The unit's own line in the app's red, each predecessor's in a colour of its own; the median dashed.
const OWN_COLOUR = "#991b1b";
const PREDECESSOR_COLOURS = ["#1d4ed8", "#047857", "#7c3aed", "#b45309", "#0f766e"];
const MEDIAN = { key: "blocMedianPercent", label: "Trung vị khối", color: "#57534e", dashed: true };

const keyOf = (unitId: string) => `unit:${unitId}`;

/** One chart series per line of the unit (lineage), then the bloc median. */
export function lineSeries(lines: readonly TrendLine[]): TrendSeries[] {
  let predecessor = 0;
  return [
    ...lines.map((line) => ({
      key: keyOf(line.unitId),
      label: line.label,
      color: line.ofPredecessor
        ? (PREDECESSOR_COLOURS[predecessor++ % PREDECESSOR_COLOURS.length] ?? OWN_COLOUR)
        : OWN_COLOUR,
    })),
    MEDIAN,
  ];
}

/** The chart's rows: one per year, each line's % of the maximum under its key. */
export function lineChartRows(points: readonly UnitTrendPoint[]): TrendRow[] {
  const rows = new Map<number, TrendRow & Record<string, number | null>>();
  for (const point of points) {
    const row = rows.get(point.year) ?? { year: point.year, blocMedianPercent: point.blocMedianPercent };
    if (point.label !== null) row[keyOf(point.unitId)] = point.percent;
    rows.set(point.year, row);
  }
  return [...rows.values()];
}
