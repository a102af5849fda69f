import type { IsoDay } from "@/domain/calendar";
import { formatDate, yearEnd, yearStart } from "@/domain/calendar";
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

/**
 * The members a year's closing counts are of — the minutes' "đại diện lãnh đạo N đơn vị", the
 * ballot's "khối có N thành viên" and its quorum, the overview: the units still members when the
 * year closed. Same line as the default ranking, so a unit leaving on 31/12 still closes its year.
 */
export function yearEndMembers<T extends MembershipSpan>(spans: readonly T[], year: number): T[] {
  const period = yearPeriod(year);
  return spans.filter((span) => wasMemberDuring(span, period) && !leftBeforeEnd(span, period));
}

/**
 * The members that owe the pledge (giao ước) a signature. Once its signing day is recorded, the
 * members on that day: a unit that merged away later did sign it, a successor formed later did
 * not and is owed no row. Before then, the units that will carry the undertaking to the year's
 * end (yearEndMembers): a unit already known to merge away is not asked to sign for the year.
 */
export function owingPledge<T extends MembershipSpan>(
  spans: readonly T[],
  pledge: { year: number; signedOn: IsoDay | null },
): T[] {
  return pledge.signedOn === null ? yearEndMembers(spans, pledge.year) : membersOn(spans, pledge.signedOn);
}

/**
 * The day of the year "now" stands for: today while the year runs, its first day before it
 * starts, its last day once it is over. Pickers offer the members of this day by default.
 */
export function dayOfYear(year: number, today: IsoDay): IsoDay {
  const { start, end } = yearPeriod(year);
  return today < start ? start : today > end ? end : today;
}

/** Why a unit cannot own a task due on a date, in words a secretariat officer acts on. */
export function outsideMembershipMessage(span: MembershipSpan, deadline: IsoDay): string {
  const period =
    span.leftOn === null
      ? `gia nhập khối từ ${formatDate(span.joinedOn)}`
      : `là thành viên từ ${formatDate(span.joinedOn)} đến trước ${formatDate(span.leftOn)} (rời khối ngày ${formatDate(span.leftOn)})`;
  return `Không thể giao nhiệm vụ hạn ${formatDate(deadline)} cho đơn vị này: đơn vị ${period}. Hãy chọn đơn vị là thành viên vào ngày đến hạn hoặc đổi hạn hoàn thành.`;
}
