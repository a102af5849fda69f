import { type IsoDay, yearStart } from "@/domain/calendar";

/** A recorded merger or split: the successor takes over from the predecessor on a day. */
export type Succession = { predecessorId: string; successorId: string; effectiveOn: IsoDay };

/** A unit of a successor's line: the successor itself, or a unit it descends from. */
export type LineageMember = {
  unitId: string;
  /** The day this unit's part of the line passed to its successor; null for the successor itself. */
  handedOverOn: IsoDay | null;
};

/**
 * The unit and every unit it descends from through recorded successions, however many steps back
 * (A and B merged into C, C later into D: D's line is D, C, A, B). A unit reached by two paths
 * keeps the later hand-over; a cycle in the records ends the walk rather than looping.
 */
export function lineageOf(unitId: string, successions: readonly Succession[]): LineageMember[] {
  const handedOver = new Map<string, IsoDay>();
  const queue = [unitId];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const succession of successions) {
      if (succession.successorId !== current || succession.predecessorId === unitId) continue;
      const known = handedOver.get(succession.predecessorId);
      if (known === undefined) queue.push(succession.predecessorId);
      if (known === undefined || succession.effectiveOn > known)
        handedOver.set(succession.predecessorId, succession.effectiveOn);
    }
  }
  return [
    { unitId, handedOverOn: null },
    ...[...handedOver].map(([predecessorId, day]) => ({ unitId: predecessorId, handedOverOn: day })),
  ];
}

/**
 * Whether a line member's result of `year` belongs to the line: the successor's always, a
 * predecessor's for the years that began before it handed over (merged on 01/03/2025: its 2025
 * still counts; merged on 01/01/2025: its last year is 2024).
 */
export function countsInLine(member: LineageMember, year: number): boolean {
  return member.handedOverOn === null || yearStart(year) < member.handedOverOn;
}
