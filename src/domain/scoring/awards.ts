import {
  type CandidacyReason,
  type Places,
  alreadyProposedReason,
  isProposal,
  notTopRankedReason,
  placeReason,
} from "./award-reasons";
import { type BallotIndex, ballotReason } from "./ballots";
import type { RankedEntry } from "./ranking";
import type { AwardCandidacy, AwardOutcome, IneligibilityCode, Reason } from "./result";
import type { AwardRule } from "./rules";

interface AwardContext {
  ranked: readonly RankedEntry[];
  ineligibility: Map<string, Reason<IneligibilityCode>[]>;
  ballots: BallotIndex;
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

function blockedReasons(context: AwardContext, unitId: string): CandidacyReason[] | null {
  const ineligible = context.ineligibility.get(unitId);
  if (ineligible !== undefined) return ineligible;
  const earlier = context.proposed.get(unitId);
  return earlier === undefined ? null : [alreadyProposedReason(earlier)];
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
    const blocked = blockedReasons(context, item.entry.unitId);
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
  const places = {
    left: quotaOf(award, context.ranked.length),
    quota: quotaOf(award, context.ranked.length),
  };
  const groups = openGroups(context, award);
  if (!award.isLeadingAward) {
    for (const group of groups) settleGroup(context, award, group, places);
    return;
  }
  const [top, ...rest] = groups;
  if (top !== undefined) settleGroup(context, award, top, places);
  for (const item of rest.flat())
    record(context, award, item.entry.unitId, false, [notTopRankedReason(award, item.rank)]);
}

export interface AwardProposals {
  byUnit: Map<string, AwardCandidacy[]>;
  outcomes: AwardOutcome[];
}

/** Leading awards are settled first, so "the top scorer must lead" wins over lesser awards. */
export function proposeAwards(
  ranked: readonly RankedEntry[],
  awards: readonly AwardRule[],
  eligibility: { ineligibility: Map<string, Reason<IneligibilityCode>[]>; ballots: BallotIndex },
): AwardProposals {
  const { ineligibility, ballots } = eligibility;
  const context: AwardContext = { ranked, ineligibility, ballots, proposed: new Map(), byUnit: new Map() };
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
