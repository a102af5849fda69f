import type { IsoDay } from "@/domain/calendar";
import { yearEnd, yearStart } from "@/domain/calendar";
import type { MembershipRule } from "@/domain/scoring/rules";

/**
 * A unit's membership of one bloc-year. `leftOn` is the first day it is no longer a member:
 * after a merger the predecessors leave and the successor joins on the same day.
 */
export type MembershipSpan = { unitId: string; joinedOn: IsoDay; leftOn: IsoDay | null };

export function isMemberOn(span: MembershipSpan, date: IsoDay): boolean {
  return span.joinedOn <= date && (span.leftOn === null || date < span.leftOn);
}

/** The members of a bloc-year on a date (documents use the year-end, meetings their own day). */
export function membersOn<T extends MembershipSpan>(spans: readonly T[], date: IsoDay): T[] {
  return spans.filter((span) => isMemberOn(span, date));
}

/** The days a ranking covers: a calendar year unless the bloc's year says otherwise. */
export type Period = { start: IsoDay; end: IsoDay };

export const yearPeriod = (year: number): Period => ({ start: yearStart(year), end: yearEnd(year) });

/** True when the unit was a member on some day of the period. */
export function wasMemberDuring(span: MembershipSpan, period: Period): boolean {
  return span.joinedOn <= period.end && (span.leftOn === null || span.leftOn > period.start);
}

/** True when the unit left before the period's last day (a merger on 31/12 still counts the year). */
export function leftBeforeEnd(span: MembershipSpan, period: Period): boolean {
  return span.leftOn !== null && span.leftOn < period.end;
}

/**
 * Whether the year ranks the unit, as the scoring engine decides: by default only a unit still a
 * member at the year's end; under 'prorateByMembership' every unit that was a member at all.
 */
export function isRankedForYear(
  span: MembershipSpan,
  options: { year: number; rule: MembershipRule },
): boolean {
  const period = yearPeriod(options.year);
  if (!wasMemberDuring(span, period)) return false;
  return options.rule === "prorateByMembership" || !leftBeforeEnd(span, period);
}

export function rankedMembers<T extends MembershipSpan>(
  spans: readonly T[],
  options: { year: number; rule: MembershipRule },
): T[] {
  return spans.filter((span) => isRankedForYear(span, options));
}

/** Whether a unit can be given a task due on a date: it is a member that day. */
export function canOwnTaskDueOn(span: MembershipSpan | undefined, deadline: IsoDay): boolean {
  return span !== undefined && isMemberOn(span, deadline);
}
