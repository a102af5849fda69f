import { type BallotIndex, ballotReason } from "./ballots";
import type { RankedEntry } from "./ranking";
import type { AwardCandidacy, AwardOutcome, CandidacyReasonCode, IneligibilityCode, Reason } from "./result";
import type { AwardRule } from "./rules";

type CandidacyReason = Reason<CandidacyReasonCode>;

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

function record(context: AwardContext, award: AwardRule, unitId: string, candidate: boolean, reasons: CandidacyReason[]): void {
  const list = context.byUnit.get(unitId) ?? [];
  list.push({ awardCode: award.code, awardName: award.name, candidate, reasons });
  context.byUnit.set(unitId, list);
  if (candidate) context.proposed.set(unitId, award.name);
}

function blockedReasons(context: AwardContext, unitId: string): CandidacyReason[] | null {
  const ineligible = context.ineligibility.get(unitId);
  if (ineligible !== undefined) return ineligible;
  const earlier = context.proposed.get(unitId);
  if (earlier === undefined) return null;
  return [{ code: "alreadyProposed", message: `Đã được đề xuất ${earlier}; một thành tích không đề nghị hai hình thức khen thưởng.` }];
}

/**
 * Settles one group of equally ranked, unblocked units against the places left. A group that
 * does not fit is not cut by name: all of it is left to the bloc to decide.
 */
function settleGroup(context: AwardContext, award: AwardRule, group: readonly RankedEntry[], places: { left: number; quota: number }): void {
  const open: { item: RankedEntry; ballot: CandidacyReason | null }[] = [];
  for (const item of group) {
    const ballot = ballotReason(context.ballots, item.entry.unitId, award);
    if (ballot !== null && ballot.code !== "ballotPassed") record(context, award, item.entry.unitId, false, [ballot]);
    else open.push({ item, ballot });
  }
  const fits = open.length <= places.left;
  for (const { item, ballot } of open) {
    const reason = placeReason(award, item, { ...places, fits, groupSize: open.length });
    record(context, award, item.entry.unitId, reason.code === "withinQuota" || reason.code === "topRankedEligible", ballot === null ? [reason] : [reason, ballot]);
  }
  places.left = fits ? places.left - open.length : 0;
}

function placeReason(award: AwardRule, item: RankedEntry, places: { left: number; quota: number; fits: boolean; groupSize: number }): CandidacyReason {
  const rank = item.rank;
  if (places.left === 0) return { code: "outsideQuota", message: `Xếp hạng ${rank}, ngoài chỉ tiêu ${places.quota} đơn vị.` };
  if (!places.fits) {
    const message = `Đồng hạng ${rank} cùng ${places.groupSize - 1} đơn vị khác nhưng chỉ còn ${places.left} suất trong chỉ tiêu ${places.quota} đơn vị; khối cần quyết định.`;
    return { code: "tiedAtQuotaBoundary", message };
  }
  if (award.isLeadingAward) {
    return { code: "topRankedEligible", message: `Xếp hạng ${rank}, cao nhất trong các đơn vị đủ điều kiện: đơn vị dẫn đầu phải là đơn vị có điểm cao nhất.` };
  }
  return { code: "withinQuota", message: `Xếp hạng ${rank}, trong chỉ tiêu ${places.quota} đơn vị.` };
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
  const places = { left: quotaOf(award, context.ranked.length), quota: quotaOf(award, context.ranked.length) };
  const groups = openGroups(context, award);
  if (!award.isLeadingAward) {
    for (const group of groups) settleGroup(context, award, group, places);
    return;
  }
  const [top, ...rest] = groups;
  if (top !== undefined) settleGroup(context, award, top, places);
  for (const item of rest.flat()) {
    const message = `Xếp hạng ${item.rank}; ${award.name} chỉ dành cho đơn vị xếp hạng cao nhất trong các đơn vị đủ điều kiện.`;
    record(context, award, item.entry.unitId, false, [{ code: "notTopRankedEligible", message }]);
  }
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
  const context: AwardContext = { ranked, ...eligibility, proposed: new Map(), byUnit: new Map() };
  const ordered = [...awards.filter((a) => a.isLeadingAward), ...awards.filter((a) => !a.isLeadingAward)];
  const outcomes = ordered.map((award): AwardOutcome => {
    proposeAward(context, award);
    const candidateUnitIds = ranked
      .filter((item) => context.byUnit.get(item.entry.unitId)?.some((c) => c.awardCode === award.code && c.candidate))
      .map((item) => item.entry.unitId);
    return { awardCode: award.code, awardName: award.name, quota: quotaOf(award, ranked.length), candidateUnitIds };
  });
  return { byUnit: context.byUnit, outcomes };
}
