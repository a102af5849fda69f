import { ScoringInputError } from "./errors";
import type { IsoDate, Member, ScoringInput } from "./input";
import { formatDate } from "@/domain/calendar/vietnamese-date";
import { leftBeforeEnd, wasMemberDuring } from "@/domain/membership";
import { assertIsoDate } from "./iso-date";
import type { ExcludedUnit } from "./result";
import type { MembershipRule } from "./rules";

/** A ranked unit; `window` limits its tasks to those due while it was a member (pro-rating). */
export interface UnitScope {
  member: Member;
  position: number;
  window: { from: IsoDate; to: IsoDate | null } | null;
}

export interface MemberScopes {
  ranked: UnitScope[];
  excluded: ExcludedUnit[];
  /** Every member: its scope, or null when it is not ranked this year. */
  byUnitId: Map<string, UnitScope | null>;
}

function checkMember(member: Member): void {
  assertIsoDate(member.joinedOn, `Ngày gia nhập khối của ${member.name}`);
  if (member.leftOn === undefined) return;
  assertIsoDate(member.leftOn, `Ngày rời khối của ${member.name}`);
  if (member.leftOn < member.joinedOn) {
    throw new ScoringInputError("invalidDate", `${member.name}: ngày rời khối trước ngày gia nhập.`);
  }
}

function exclusionOf(
  member: Member,
  period: ScoringInput["period"],
  rule: MembershipRule,
): ExcludedUnit | null {
  const { unitId, name, leftOn } = member;
  const span = { unitId, joinedOn: member.joinedOn, leftOn: leftOn ?? null };
  if (!wasMemberDuring(span, period)) {
    const message = `${name} không là thành viên khối trong năm.`;
    return { unitId, name, reason: { code: "notMemberDuringYear", message } };
  }
  if (rule === "yearEndMembersOnly" && leftOn !== undefined && leftBeforeEnd(span, period)) {
    const message = `${name} rời khối ngày ${formatDate(leftOn)}, trước cuối năm; theo quy chế chỉ xếp hạng đơn vị là thành viên đến cuối năm.`;
    return { unitId, name, reason: { code: "leftBeforeYearEnd", message } };
  }
  return null;
}

export function scopeMembers(input: Pick<ScoringInput, "members" | "period" | "rules">): MemberScopes {
  const scopes: MemberScopes = { ranked: [], excluded: [], byUnitId: new Map() };
  const prorate = input.rules.membership === "prorateByMembership";
  for (const member of input.members) {
    checkMember(member);
    if (scopes.byUnitId.has(member.unitId)) {
      throw new ScoringInputError("duplicate", `Đơn vị ${member.name} có hai lần là thành viên khối.`);
    }
    const exclusion = exclusionOf(member, input.period, input.rules.membership);
    if (exclusion !== null) {
      scopes.excluded.push(exclusion);
      scopes.byUnitId.set(member.unitId, null);
      continue;
    }
    const window = prorate ? { from: member.joinedOn, to: member.leftOn ?? null } : null;
    const scope: UnitScope = { member, position: scopes.ranked.length, window };
    scopes.ranked.push(scope);
    scopes.byUnitId.set(member.unitId, scope);
  }
  return scopes;
}
