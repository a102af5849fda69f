import { type IsoDay, toIsoDay } from "@/domain/calendar";
import { hasScores, type PairDecision, type UnitResult } from "@/domain/scoring";

/** A top-level section of the score table, as a rankings table heads its column. */
export type RankingSection = { id: string; code: string; title: string; kind: string; maxPoints: number };

/** A year's ranking as one viewer may see it (the server's BlocRanking). */
export type RankingViewInput = {
  kind: "published" | "provisional";
  snapshot: { number: number; publishedAt: Date } | null;
  asOf: string;
  maxPoints: number;
  sections: RankingSection[];
  seesAllUnits: boolean;
  rankedCount: number;
  ownUnitIds: string[];
  units: readonly UnitResult[];
  pairs: readonly PairDecision[];
};

/** One row of the rankings table: what the table and the phone's cards show, and no more. */
export type RankingRowView = {
  unitId: string;
  name: string;
  rank: number;
  sharedRank: boolean;
  scored: boolean;
  /** Points of each scale section, in the order of RankingView.sections. */
  sectionPoints: number[];
  bonus: number;
  deductions: number;
  total: number;
  percentOfMax: number;
  classification: string | null;
  candidateAwards: string[];
};

/**
 * The rankings page's figures as plain JSON: the engine's result carries every unit's explanation
 * lines (most of its size, read only on a unit's own page), so the page gets this instead — at
 * 400 units a few dozen KB rather than megabytes.
 */
export type RankingView = {
  kind: RankingViewInput["kind"];
  snapshot: { number: number; publishedAt: IsoDay } | null;
  asOf: string;
  maxPoints: number;
  /** The scale sections (bonus and deductions have columns of their own). */
  sections: RankingSection[];
  seesAllUnits: boolean;
  rankedCount: number;
  /** Whether any row shown has scores: before any, the ranks are all 1 and say nothing. */
  anyScored: boolean;
  ownUnitIds: string[];
  rows: RankingRowView[];
  pairs: { key: string; code: string; message: string }[];
};

/** Scale sections hold the points up to the maximum; bonus and deduction sections are shown apart. */
const isScaleSection = (kind: string) => kind !== "BONUS" && kind !== "DEDUCTION";

export function rankingViewOf(ranking: RankingViewInput): RankingView {
  const sections = ranking.sections.filter((section) => isScaleSection(section.kind));
  const scored = new Set(ranking.units.filter(hasScores).map((unit) => unit.unitId));
  return {
    kind: ranking.kind,
    snapshot: ranking.snapshot && {
      number: ranking.snapshot.number,
      publishedAt: toIsoDay(ranking.snapshot.publishedAt),
    },
    asOf: ranking.asOf,
    maxPoints: ranking.maxPoints,
    sections,
    seesAllUnits: ranking.seesAllUnits,
    rankedCount: ranking.rankedCount,
    anyScored: scored.size > 0,
    ownUnitIds: ranking.ownUnitIds,
    rows: ranking.units.map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      rank: unit.rank,
      sharedRank: unit.sharedRank,
      scored: scored.has(unit.unitId),
      sectionPoints: sections.map((section) => unit.nodePoints[section.id] ?? 0),
      bonus: unit.bonus,
      deductions: unit.deductions,
      total: unit.total,
      percentOfMax: unit.percentOfMax,
      classification: unit.classification?.label ?? null,
      candidateAwards: unit.awards.filter((award) => award.candidate).map((award) => award.awardName),
    })),
    // Ties at 0,00 between units without scores are not ties to settle (as yearHasScores says):
    // only pairs with a scored unit are told apart.
    pairs: ranking.pairs
      .filter((pair) => scored.has(pair.upperUnitId) || scored.has(pair.lowerUnitId))
      .map((pair) => ({
        key: `${pair.upperUnitId}-${pair.lowerUnitId}`,
        code: pair.code,
        message: pair.message,
      })),
  };
}
