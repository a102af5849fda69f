import { medianOf } from "./median";
import { percentOfMax } from "./percent-of-max";

export type YearUnitResult = {
  unitId: string;
  name: string;
  rank: number;
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

export type UnitTrendPoint = {
  year: number;
  source: YearResults["source"];
  /** The unit's name that year; null when it was not ranked that year. */
  name: string | null;
  rank: number | null;
  unitCount: number;
  total: number | null;
  maxPoints: number;
  percent: number | null;
  classification: string | null;
  blocMedianPercent: number | null;
};

const percentsOf = (year: YearResults) =>
  year.units.flatMap((unit) => {
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

/** One unit's result per year beside the bloc median; the unit keeps its id through renamings. */
export function unitTrend(years: readonly YearResults[], unitId: string): UnitTrendPoint[] {
  const bloc = new Map(blocTrend(years).map((point) => [point.year, point]));
  return [...years]
    .sort((a, b) => a.year - b.year)
    .map((year) => {
      const unit = year.units.find((candidate) => candidate.unitId === unitId);
      return {
        year: year.year,
        source: year.source,
        name: unit?.name ?? null,
        rank: unit?.rank ?? null,
        unitCount: year.unitCount,
        total: unit?.total ?? null,
        maxPoints: year.maxPoints,
        percent: unit ? percentOfMax(unit.total, year.maxPoints) : null,
        classification: unit?.classification ?? null,
        blocMedianPercent: bloc.get(year.year)?.medianPercent ?? null,
      };
    });
}
