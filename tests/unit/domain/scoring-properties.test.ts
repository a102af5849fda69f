import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/domain/calendar";

import {
  type BallotTally,
  type EligibilityFlags,
  type Member,
  type RankingResult,
  type ScoreLine,
  type ScoringInput,
  type Task,
  TIE_BREAK_RULES,
  rankAgencies,
} from "@/domain/scoring";

import { makeInput, rules } from "./scoring-fixtures";

const day = fc.integer({ min: 0, max: 365 }).map((offset) => addDays("2024-01-01", offset));
const UNIT_IDS = ["a", "b", "c", "d", "e", "f", "g"];

const memberArb = (unitId: string): fc.Arbitrary<Member> =>
  fc
    .record({
      joinedOn: day,
      leftOn: fc.option(day, { nil: undefined }),
      name: fc.constantFrom("Sở Xây dựng", "Sở Công Thương", "Ban Đ", "Ban D", "Sở Y tế"),
    })
    .map(({ joinedOn, leftOn, name }) => {
      const [first, last] =
        leftOn !== undefined && leftOn < joinedOn ? [leftOn, joinedOn] : [joinedOn, leftOn];
      return {
        unitId,
        name,
        joinedOn: first < "2024-03-01" ? "2024-01-01" : first,
        ...(last === undefined ? {} : { leftOn: last }),
      };
    });

const taskArb = (owners: readonly string[]): fc.Arbitrary<Omit<Task, "id" | "number">> =>
  fc.record({
    ownerUnitId: fc.constantFrom(...owners),
    criterionId: fc.constant("I.1"),
    title: fc.constant("Nhiệm vụ"),
    weight: fc.integer({ min: 1, max: 2 }),
    deadline: day,
    status: fc.constantFrom("notStarted", "inProgress", "done", "partial", "notDone" as const),
    completedOn: day,
    completionShare: fc.constantFrom(0, 3333, 5000, 10000),
  });

const lineArb = (owners: readonly string[]): fc.Arbitrary<Omit<ScoreLine, "id">> =>
  fc.record({
    unitId: fc.constantFrom(...owners),
    criterionId: fc.constantFrom("II.1", "II.2", "IV.1", "IV.2", "V.1"),
    stage: fc.constantFrom("self", "crossCheck", "final" as const),
    points: fc.constantFrom(-100, 0, 300, 500, 1000, 2500),
  });

const rulesArb = fc.record({
  tieBreaks: fc.shuffledSubarray([...TIE_BREAK_RULES]),
  membership: fc.constantFrom("yearEndMembersOnly", "prorateByMembership" as const),
  allowSelfScoreFallback: fc.boolean(),
  notYetDue: fc.constantFrom("exclude", "countAsZero" as const),
  penalty: fc.constantFrom(0, 50),
  lateReductionPerDay: fc.constantFrom(0, 100),
});

/**
 * A random bloc-year of up to 7 members. Points come from a few values so that equal totals,
 * and so the tie-break chain and shared ranks, turn up often.
 */
const blocArb: fc.Arbitrary<ScoringInput> = fc.integer({ min: 0, max: UNIT_IDS.length }).chain((count) => {
  const ids = UNIT_IDS.slice(0, count);
  const owners = count === 0 ? ["a"] : ids;
  return fc
    .record({
      members: fc.tuple(...ids.map(memberArb)),
      tasks: fc.array(taskArb(owners), { maxLength: count === 0 ? 0 : 25 }),
      lines: fc.array(lineArb(owners), { maxLength: count === 0 ? 0 : 25 }),
      votes: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: count, maxLength: count }),
      flagged: fc.subarray(ids),
      rule: rulesArb,
      asOf: day,
    })
    .map(({ members, tasks, lines, votes, flagged, rule, asOf }) => {
      const ballots: BallotTally[] = ids.map((unitId, i) => ({
        unitId,
        awardCode: "CO_THI_DUA_UBND_TINH",
        votesFor: votes[i] ?? 0,
        votersPresent: 7,
      }));
      const eligibility: EligibilityFlags[] = flagged.map((unitId) => ({ unitId, underInspection: true }));
      const { penalty, notYetDue, lateReductionPerDay, ...top } = rule;
      return makeInput({
        asOf,
        members,
        tasks: tasks.map((t, i) => ({ ...t, id: `t${i}`, number: i + 1 })),
        scoreLines: lines.map((l, i) => ({ ...l, id: `l${i}` })),
        ballots,
        eligibility,
        rules: rules(top, {
          notYetDue,
          lateReductionPerDay,
          lateFloorShare: 1000,
          notDoneDeductionPoints: penalty,
          notDoneDeductionCriterionId: penalty > 0 ? "V.2" : null,
        }),
      });
    });
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function rankOf(result: RankingResult, unitId: string): number {
  return result.units.find((u) => u.unitId === unitId)?.rank ?? Number.NaN;
}

describe("scoring properties", () => {
  it("does not depend on input order", () => {
    fc.assert(
      fc.property(blocArb, fc.integer(), (input, seed) => {
        const reordered: ScoringInput = {
          ...input,
          members: shuffled(input.members, seed),
          tasks: shuffled(input.tasks, seed + 1),
          scoreLines: shuffled(input.scoreLines, seed + 2),
          ballots: shuffled(input.ballots, seed + 3),
          eligibility: shuffled(input.eligibility, seed + 4),
        };
        expect(rankAgencies(reordered)).toEqual(rankAgencies(input));
      }),
    );
  });

  it("explains every total exactly: the contributions sum to it", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        for (const unit of rankAgencies(input).units) {
          expect(unit.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(unit.total);
          expect(unit.contributions.every((c) => Number.isInteger(c.points) && c.label.length > 0)).toBe(
            true,
          );
        }
      }),
    );
  });

  it("gives a valid competition ranking (1, 2, 2, 4)", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        const { units, pairs } = rankAgencies(input);
        units.forEach((unit, i) => {
          const previous = units[i - 1];
          const shared = pairs[i - 1]?.code === "sharedRank";
          expect(unit.rank).toBe(previous === undefined ? 1 : shared ? previous.rank : i + 1);
          if (previous !== undefined) expect(previous.total).toBeGreaterThanOrEqual(unit.total);
          if (shared) expect(previous?.total).toBe(unit.total);
        });
        expect(pairs).toHaveLength(Math.max(0, units.length - 1));
      }),
    );
  });

  it("improving one task never lowers its unit’s points or rank", () => {
    fc.assert(
      fc.property(blocArb, fc.nat(), (input, pick) => {
        fc.pre(input.tasks.length > 0);
        const target = input.tasks[pick % input.tasks.length] as Task;
        const improved: Task = { ...target, status: "done", completedOn: target.deadline };
        const before = rankAgencies(input);
        const after = rankAgencies({
          ...input,
          tasks: input.tasks.map((t) => (t.id === target.id ? improved : t)),
        });
        const unitBefore = before.units.find((u) => u.unitId === target.ownerUnitId);
        const unitAfter = after.units.find((u) => u.unitId === target.ownerUnitId);
        if (unitBefore === undefined || unitAfter === undefined) return;
        expect(unitAfter.total).toBeGreaterThanOrEqual(unitBefore.total);
        expect(unitAfter.taskPoints).toBeGreaterThanOrEqual(unitBefore.taskPoints);
        expect(unitAfter.deductions).toBeLessThanOrEqual(unitBefore.deductions);
        expect(unitAfter.tasksOnTime).toBeGreaterThanOrEqual(unitBefore.tasksOnTime);
        expect(unitAfter.tasksNotDone).toBeLessThanOrEqual(unitBefore.tasksNotDone);
        expect(rankOf(after, target.ownerUnitId)).toBeLessThanOrEqual(rankOf(before, target.ownerUnitId));
      }),
      { numRuns: 500 },
    );
  });

  it("adding a unit with all-zero results never changes the others’ points", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        const newcomer: Member = { unitId: "zero", name: "Sở Mới", joinedOn: "2024-01-01" };
        const before = rankAgencies(input);
        const after = rankAgencies({ ...input, members: [...input.members, newcomer] });
        for (const unit of before.units) {
          const same = after.units.find((u) => u.unitId === unit.unitId);
          expect(
            same && { total: same.total, nodePoints: same.nodePoints, contributions: same.contributions },
          ).toEqual({
            total: unit.total,
            nodePoints: unit.nodePoints,
            contributions: unit.contributions,
          });
        }
      }),
    );
  });
});
