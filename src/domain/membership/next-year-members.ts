import type { IsoDay } from "@/domain/calendar";
import { yearEnd, yearStart } from "@/domain/calendar";
import type { MembershipSpan } from "./members-on";

export type Succession = { predecessorId: string; successorId: string; effectiveOn: IsoDay };

/** A predecessor a successor takes over, and from which day of the new year. */
export type Takeover = { unitId: string; effectiveOn: IsoDay };

/** A member of the new year and why: continuing, leaving by a merger, or joining as a successor. */
export type PlannedMember = MembershipSpan & {
  /**
   * True for a member of last year that carries on from 01/01 — also when it is a merger's
   * successor (Sở Xây dựng taking over Sở GTVT): it does not join again, it takes the others over.
   */
  continuing: boolean;
  /** Units it merges into within the year (it leaves on `leftOn`). */
  mergedInto: string[];
  /** Units it takes over, each from its merger's day (01/01 at the earliest). */
  succeeds: Takeover[];
};

/** A unit of last year's year-end not carried over: it merged away on or before 1 January. */
export type DroppedMember = { unitId: string; mergedInto: string[]; effectiveOn: IsoDay };

export type NextYearMembers = { members: PlannedMember[]; dropped: DroppedMember[] };

/**
 * Year N+1's members from N's year-end members and the recorded successions effective by the end
 * of N+1: a predecessor leaves on the effective date (or is not copied when that is on or before
 * 01/01), its successor joins on that date (01/01 at the earliest). Chains apply in date order.
 */
export function planNextYearMembers(options: {
  year: number;
  continuingUnitIds: readonly string[];
  successions: readonly Succession[];
}): NextYearMembers {
  const start = yearStart(options.year);
  const inForce = options.successions
    .filter((succession) => succession.effectiveOn <= yearEnd(options.year))
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
  const members = new Map<string, PlannedMember>();
  for (const unitId of options.continuingUnitIds)
    members.set(unitId, {
      unitId,
      joinedOn: start,
      leftOn: null,
      continuing: true,
      mergedInto: [],
      succeeds: [],
    });
  for (const succession of inForce) {
    const effectiveOn = succession.effectiveOn > start ? succession.effectiveOn : start;
    const predecessor = members.get(succession.predecessorId);
    // A predecessor split between successors hands over to each of them on the same day.
    if (predecessor === undefined || (predecessor.leftOn ?? effectiveOn) !== effectiveOn) continue;
    predecessor.leftOn = effectiveOn;
    predecessor.mergedInto.push(succession.successorId);
    joinSuccessor(members, {
      unitId: succession.successorId,
      takeover: { unitId: predecessor.unitId, effectiveOn },
    });
  }
  const planned = [...members.values()];
  return {
    members: planned.filter((member) => member.leftOn !== start),
    dropped: planned.filter((member) => member.leftOn === start).map(dropOf(inForce)),
  };
}

const dropOf =
  (successions: readonly Succession[]) =>
  (member: PlannedMember): DroppedMember => ({
    unitId: member.unitId,
    mergedInto: member.mergedInto,
    effectiveOn:
      successions.find((succession) => succession.predecessorId === member.unitId)?.effectiveOn ?? "",
  });

/** A successor already in the year keeps its dates and takes the predecessor over; else it joins. */
function joinSuccessor(
  members: Map<string, PlannedMember>,
  join: { unitId: string; takeover: Takeover },
): void {
  const existing = members.get(join.unitId);
  if (existing !== undefined) {
    existing.succeeds.push(join.takeover);
    return;
  }
  members.set(join.unitId, {
    unitId: join.unitId,
    joinedOn: join.takeover.effectiveOn,
    leftOn: null,
    continuing: false,
    mergedInto: [],
    succeeds: [join.takeover],
  });
}
