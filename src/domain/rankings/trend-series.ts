import { medianOf } from "./median";
import { percentOfMax } from "./percent-of-max";

export type YearUnitResult = {
  unitId: string;
  name: string;
  rank: number;
  sharedRank: boolean;
  /** False without scores (src/domain/scoring/has-scores): no rank, no share, not in the bloc's figures. */
  scored: boolean;
  total: number;
  classification: string | null;
};

/** One bloc-year's results as far as the reader may see them. */
export type YearResults = {
  year: number;
  maxPoints: number;
  source: "published" | "provisional";
  /** False when the reader sees only their own unit: bloc figures are then withheld. */
  seesAllUnits: boolean;
  unitCount: number;
  units: readonly YearUnitResult[];
};

export type BlocTrendPoint = {
  year: number;
  source: YearResults["source"];
  unitCount: number;
  /** Basis points of the year's maximum; null when withheld or nobody is ranked. */
  medianPercent: number | null;
  highestPercent: number | null;
  lowestPercent: number | null;
};

const percentsOf = (year: YearResults) =>
  year.units.flatMap((unit) => {
    if (!unit.scored) return [];
    const percent = percentOfMax(unit.total, year.maxPoints);
    return percent === null ? [] : [percent];
  });

/** The bloc's median, best and lowest result per year, re-based to % of each year's maximum. */
export function blocTrend(years: readonly YearResults[]): BlocTrendPoint[] {
  return [...years]
    .sort((a, b) => a.year - b.year)
    .map((year) => {
      const percents = year.seesAllUnits ? percentsOf(year) : [];
      return {
        year: year.year,
        source: year.source,
        unitCount: year.unitCount,
        medianPercent: medianOf(percents),
        highestPercent: percents.length > 0 ? Math.max(...percents) : null,
        lowestPercent: percents.length > 0 ? Math.min(...percents) : null,
      };
    });
}
