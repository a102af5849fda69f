import { type AwardProposals, proposeAwards } from "./awards";
import { ballotVotes, indexBallots } from "./ballots";
import { indexIneligibility } from "./eligibility";
import type { ScoringInput } from "./input";
import { indexInput } from "./input-index";
import { type RankedEntry, rankEntries } from "./ranking";
import type { ExcludedUnit, RankingResult, UnitResult } from "./result";
import { type ClassificationOutcome, classify } from "./classification";
import { indexKeyTasks } from "./key-tasks";
import { percentOfMax } from "@/domain/rankings/percent-of-max";
import type { IndexedTable } from "./score-table";
import type { RankingEntry } from "./tie-breaks";
import { scoreUnit } from "./unit-score";

const VIETNAMESE = new Intl.Collator("vi");

interface Outcomes {
  table: IndexedTable;
  levels: Map<string, ClassificationOutcome>;
  proposals: AwardProposals;
}

function toUnitResult(item: RankedEntry, input: ScoringInput, outcomes: Outcomes): UnitResult {
  const { table, levels, proposals } = outcomes;
  const { entry, rank, sharedRank } = item;
  const level = levels.get(entry.unitId);
  const { score } = entry;
  const catalogue = input.rules.awards.map((award) => award.code);
  const awards = [...(proposals.byUnit.get(entry.unitId) ?? [])].sort(
    (a, b) => catalogue.indexOf(a.awardCode) - catalogue.indexOf(b.awardCode),
  );
  return {
    unitId: entry.unitId,
    name: entry.name,
    rank,
    sharedRank,
    nodePoints: score.nodePoints,
    taskPoints: score.taskPoints,
    manualPoints: score.manualPoints,
    bonus: score.bonus,
    deductions: score.deductions,
    total: score.total,
    percentOfMax: percentOfMax(score.total, table.maxPoints) ?? 0,
    tasksCounted: score.tasksCounted,
    tasksOnTime: score.tasksOnTime,
    tasksNotDone: score.tasksNotDone,
    ballotVotes: entry.ballotVotes,
    classification: level?.classification ?? null,
    levelBlocks: level?.blocks ?? [],
    awards,
    contributions: score.contributions,
  };
}

function byName(a: ExcludedUnit, b: ExcludedUnit): number {
  return VIETNAMESE.compare(a.name, b.name) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
}

/**
 * Scores and ranks the members of one bloc-year. Pure and deterministic: the same input in any
 * order gives the same result. Throws ScoringInputError (Vietnamese message) on invalid input.
 * `explain: false` leaves every explanation line's text empty (its kind, criterion and points
 * stay): for readers of the figures only, the text is a third of the work.
 */
export function rankAgencies(input: ScoringInput, options: { explain?: boolean } = {}): RankingResult {
  const index = indexInput(input, options.explain ?? true);
  const ballots = indexBallots(input, index.scopes);
  const ineligibility = indexIneligibility(input, index.scopes);
  const entries = index.scopes.ranked.map((scope): RankingEntry => ({
    unitId: scope.member.unitId,
    name: scope.member.name,
    score: scoreUnit(index, input, scope),
    ballotVotes: ballotVotes(ballots, scope.member.unitId, input.rules.awards),
  }));
  const { ranked, pairs } = rankEntries(entries, input.rules.tieBreaks);
  const { rules } = input;
  const keyTasks = indexKeyTasks(input, index.scopes);
  const levels = new Map(
    entries.map((entry) => [
      entry.unitId,
      classify(rules, index.table, entry.score, keyTasks.get(entry.unitId)),
    ]),
  );
  const classifications = new Map([...levels].map(([unitId, level]) => [unitId, level.classification]));
  const proposals = proposeAwards(ranked, rules.awards, {
    ineligibility,
    ballots,
    classifications,
    levels: rules.classificationLevels,
    leadingAwardFallback: rules.leadingAwardFallback,
  });
  const outcomes = { table: index.table, levels, proposals };
  return {
    maxPoints: index.table.maxPoints,
    units: ranked.map((item) => toUnitResult(item, input, outcomes)),
    pairs,
    excluded: [...index.scopes.excluded].sort(byName),
    awards: proposals.outcomes,
  };
}
