export { medianOf } from "./median";
export { sectionMedians } from "./section-medians";
export type { SectionMedians, SectionPoints } from "./section-medians";
export { percentOfMax } from "./percent-of-max";
export { groupContributionsBySection } from "./group-contributions";
export type { ContributionGroup, CriterionLink, Section } from "./group-contributions";
export { blocTrend, unitTrend } from "./trend-series";
export type { BlocTrendPoint, UnitTrendPoint, YearResults, YearUnitResult } from "./trend-series";
