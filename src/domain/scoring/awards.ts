import {
  type CandidacyReason,
  type Places,
  alreadyProposedReason,
  belowClassificationReason,
  isProposal,
  notTopRankedReason,
  placeReason,
} from "./award-reasons";
import { type BallotIndex, ballotReason } from "./ballots";
import type { RankedEntry } from "./ranking";
import type { AwardCandidacy, AwardOutcome, Classification, IneligibilityCode, Reason } from "./result";
import type { AwardRule, ClassificationLevel, LeadingAwardFallback } from "./rules";

/** What, besides the ranking, decides who is proposed. */
export interface AwardFacts {
  ineligibility: Map<string, Reason<IneligibilityCode>[]>;
  ballots: BallotIndex;
  /** Unit id → its classification (levels best first, as the rules list them). */
  classifications: Map<string, Classification | null>;
  levels: readonly ClassificationLevel[];
  leadingAwardFallback: LeadingAwardFallback;
}

interface AwardContext extends AwardFacts {
  ranked: readonly RankedEntry[];
  /** Unit id → name of the award it is already proposed for: one achievement, one award. */
  proposed: Map<string, string>;
  byUnit: Map<string, AwardCandidacy[]>;
}

function quotaOf(award: AwardRule, rankedCount: number): number {
  const { quota } = award;
  return quota.kind === "count" ? quota.count : Math.floor((rankedCount * quota.shareOfMembers) / 10000);
}

function record(
  context: AwardContext,
  award: AwardRule,
  unitId: string,
  candidate: boolean,
  reasons: CandidacyReason[],
): void {
  const list = context.byUnit.get(unitId) ?? [];
  list.push({ awardCode: award.code, awardName: award.name, candidate, reasons });
  context.byUnit.set(unitId, list);
  if (candidate) context.proposed.set(unitId, award.name);
}

function blockedReasons(context: AwardContext, award: AwardRule, unitId: string): CandidacyReason[] | null {
  const ineligible = context.ineligibility.get(unitId);
  if (ineligible !== undefined) return ineligible;
  const earlier = context.proposed.get(unitId);
  if (earlier !== undefined) return [alreadyProposedReason(earlier)];
  return belowLevel(context, award, unitId);
}

/** The award's minimum level, where the unit's classification (levels best first) is below it. */
function belowLevel(context: AwardContext, award: AwardRule, unitId: string): CandidacyReason[] | null {
  if (award.minClassification === null) return null;
  const codes = context.levels.map((level) => level.code);
  const required = codes.indexOf(award.minClassification);
  const classification = context.classifications.get(unitId) ?? null;
  const reached = classification === null ? -1 : codes.indexOf(classification.code);
  if (reached !== -1 && reached <= required) return null;
  const label = context.levels[required]?.label ?? award.minClassification;
  return [belowClassificationReason(award, classification, label)];
}

/**
 * Settles one group of equally ranked, unblocked units against the places left. A group that
 * does not fit is not cut by name: all of it is left to the bloc to decide.
 */
function settleGroup(
  context: AwardContext,
  award: AwardRule,
  group: readonly RankedEntry[],
  places: Places,
): void {
  const open: { item: RankedEntry; ballot: CandidacyReason | null }[] = [];
  for (const item of group) {
    const ballot = ballotReason(context.ballots, item.entry.unitId, award);
    if (ballot !== null && ballot.code !== "ballotPassed")
      record(context, award, item.entry.unitId, false, [ballot]);
    else open.push({ item, ballot });
  }
  for (const { item, ballot } of open) {
    const reason = placeReason(award, item, places, open.length);
    record(
      context,
      award,
      item.entry.unitId,
      isProposal(reason),
      ballot === null ? [reason] : [reason, ballot],
    );
  }
  places.left = open.length <= places.left ? places.left - open.length : 0;
}

/** Unblocked units grouped by rank, in rank order; blocked ones get their reasons on the way. */
function openGroups(context: AwardContext, award: AwardRule): RankedEntry[][] {
  const groups: RankedEntry[][] = [];
  for (const item of context.ranked) {
    const blocked = blockedReasons(context, award, item.entry.unitId);
    if (blocked !== null) {
      record(context, award, item.entry.unitId, false, blocked);
      continue;
    }
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.rank === item.rank) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function proposeAward(context: AwardContext, award: AwardRule): void {
  const places: Places = {
    left: quotaOf(award, context.ranked.length),
    quota: quotaOf(award, context.ranked.length),
  };
  const groups = openGroups(context, award);
  if (!award.isLeadingAward) {
    for (const group of groups) settleGroup(context, award, group, places);
    return;
  }
  // The top group only; past it only when the rules pass the award down and every unit of the
  // group was voted on and lost (a ballot still to be held passes nothing down).
  let next = 0;
  while (next < groups.length) {
    const group = groups[next] as RankedEntry[];
    settleGroup(context, award, group, places);
    next += 1;
    if (context.leadingAwardFallback !== "nextEligible" || !everyBallotLost(context, award, group)) break;
    places.passedDown = true;
  }
  for (const item of groups.slice(next).flat())
    record(context, award, item.entry.unitId, false, [notTopRankedReason(award, item.rank)]);
}

/** Every unit of the group was voted on and fell below the threshold (not merely unvoted). */
function everyBallotLost(context: AwardContext, award: AwardRule, group: readonly RankedEntry[]): boolean {
  return group.every(
    (item) => ballotReason(context.ballots, item.entry.unitId, award)?.code === "ballotBelowThreshold",
  );
}

export interface AwardProposals {
  byUnit: Map<string, AwardCandidacy[]>;
  outcomes: AwardOutcome[];
}

/** Leading awards are settled first, so "the top scorer must lead" wins over lesser awards. */
export function proposeAwards(
  ranked: readonly RankedEntry[],
  awards: readonly AwardRule[],
  facts: AwardFacts,
): AwardProposals {
  const context: AwardContext = { ...facts, ranked, proposed: new Map(), byUnit: new Map() };
  const ordered = [...awards.filter((a) => a.isLeadingAward), ...awards.filter((a) => !a.isLeadingAward)];
  const outcomes = ordered.map((award): AwardOutcome => {
    proposeAward(context, award);
    const candidateUnitIds = ranked
      .filter((item) =>
        context.byUnit.get(item.entry.unitId)?.some((c) => c.awardCode === award.code && c.candidate),
      )
      .map((item) => item.entry.unitId);
    return {
      awardCode: award.code,
      awardName: award.name,
      quota: quotaOf(award, ranked.length),
      candidateUnitIds,
    };
  });
  return { byUnit: context.byUnit, outcomes };
}
