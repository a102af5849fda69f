import { hasScores, type RankingResult } from "@/domain/scoring";
import type { ProposalStatusCode } from "@/domain/vocabulary/codes";
import type {
  ConferenceAward,
  ConferenceResults,
  ConferenceRow,
  ConferenceSection,
  ConferenceSource,
} from "./conference-data";

/** A criterion as both the database and a snapshot list it (kinds in the database's spelling). */
export type CriterionFacts = {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: string;
  maxPoints: number;
  position: number;
};

export type ProposalFacts = { unitId: string; awardCode: string; status: ProposalStatusCode };

// Bonus and deduction get their own columns; every other top-level node is a section column.
const OWN_COLUMN_KINDS = new Set(["BONUS", "DEDUCTION"]);
// A rejected or withdrawn proposal is not shown as an award.
const LIVE_PROPOSAL = new Set<ProposalStatusCode>(["PROPOSED", "APPROVED"]);

export function sectionColumns(criteria: readonly CriterionFacts[]): ConferenceSection[] {
  return criteria
    .filter((criterion) => criterion.parentId === null && !OWN_COLUMN_KINDS.has(criterion.kind))
    .sort((a, b) => a.position - b.position)
    .map(({ id, code, title, maxPoints }) => ({ id, code, title, maxPoints }));
}

/**
 * The results table of a bloc-year from the engine's result. Awards are only the proposals the
 * bloc recorded (đề nghị), with their status: the engine's candidates are a suggestion for the
 * secretariat (awards tab), never an award, so a year without proposals shows none.
 */
export function buildResults(options: {
  source: ConferenceSource;
  result: RankingResult;
  criteria: readonly CriterionFacts[];
  proposals: readonly ProposalFacts[];
}): ConferenceResults {
  const { result } = options;
  const sections = sectionColumns(options.criteria);
  const awards = awardList(result, options.proposals);
  const awardNamesOf = (unitId: string) =>
    awards.filter((award) => award.units.some((u) => u.unitId === unitId)).map((award) => award.awardName);
  const rows = result.units.map((unit) =>
    resultRow({ unit, result, sections, awardNames: awardNamesOf(unit.unitId) }),
  );
  return { source: options.source, maxPoints: result.maxPoints, sections, rows, awards };
}

function resultRow(options: {
  unit: RankingResult["units"][number];
  result: RankingResult;
  sections: readonly ConferenceSection[];
  awardNames: string[];
}): ConferenceRow {
  const { unit } = options;
  const scored = hasScores(unit);
  return {
    unitId: unit.unitId,
    rank: unit.rank,
    sharedRank: unit.sharedRank,
    scored,
    tieNote: tieNoteOf(options.result, unit.unitId),
    name: unit.name,
    sectionPoints: options.sections.map((section) => unit.nodePoints[section.id] ?? 0),
    bonus: unit.bonus,
    deductions: unit.deductions,
    total: unit.total,
    percentOfMax: unit.percentOfMax,
    // A level ("không hoàn thành nhiệm vụ") given to a unit without scores would be a verdict on nothing.
    classification: scored ? (unit.classification?.label ?? null) : null,
    awards: options.awardNames,
  };
}

/** The decision between the unit and the one above it, when it was not the total that decided. */
function tieNoteOf(result: RankingResult, unitId: string): string | null {
  const decision = result.pairs.find((pair) => pair.lowerUnitId === unitId);
  return decision && decision.code !== "total" ? decision.message : null;
}

function awardList(result: RankingResult, proposals: readonly ProposalFacts[]): ConferenceAward[] {
  const standing = proposals.filter((proposal) => LIVE_PROPOSAL.has(proposal.status));
  return result.awards
    .map((outcome) => ({
      awardCode: outcome.awardCode,
      awardName: outcome.awardName,
      units: result.units.flatMap(({ unitId, name, rank, total }) => {
        const proposal = standing.find((p) => p.awardCode === outcome.awardCode && p.unitId === unitId);
        return proposal ? [{ unitId, name, rank, total, status: proposal.status }] : [];
      }),
    }))
    .filter((award) => award.units.length > 0);
}

/** A leader who may not see the others' provisional scores sees their own unit's row alone. */
export function restrictToUnit(results: ConferenceResults, unitIds: readonly string[]): ConferenceResults {
  return {
    ...results,
    // A tie note names the unit above and a total equal to this one's: the others' figures.
    rows: results.rows
      .filter((row) => unitIds.includes(row.unitId))
      .map((row) => ({ ...row, tieNote: null })),
    awards: results.awards
      .map((award) => ({ ...award, units: award.units.filter((unit) => unitIds.includes(unit.unitId)) }))
      .filter((award) => award.units.length > 0),
  };
}
