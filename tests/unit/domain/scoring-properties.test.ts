import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Member,
  type RankingResult,
  type ScoringInput,
  type Task,
  type UnitResult,
  rankAgencies,
} from "@/domain/scoring";

import { blocArb } from "./scoring-arbitraries";

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

/** The position of the unit's level, best first; no level is the worst. */
function levelOf(input: ScoringInput, unit: UnitResult): number {
  const codes = input.rules.classificationLevels.map((level) => level.code);
  const at = codes.indexOf(unit.classification?.code ?? "");
  return at < 0 ? codes.length : at;
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

  it("never shows a share that reaches a level the points do not, nor a total below 0 unless allowed", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        const result = rankAgencies(input);
        const { classificationLevels: levels, totals } = input.rules;
        for (const unit of result.units) {
          if (!totals.allowNegative) expect(unit.total).toBeGreaterThanOrEqual(0);
          if (totals.classifyOn !== "total") continue;
          const reached = levels.filter(
            (level) => level.minPercentOfMax !== null && unit.percentOfMax >= level.minPercentOfMax,
          );
          // Every level whose percent the shown share reaches, the points reach too.
          for (const level of reached)
            expect(unit.total * 10000).toBeGreaterThanOrEqual(
              (level.minPercentOfMax ?? 0) * result.maxPoints,
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
        expect(levelOf(input, unitAfter)).toBeLessThanOrEqual(levelOf(input, unitBefore));
      }),
      { numRuns: 500 },
    );
  });

  it("marking a task key never puts its unit in a better level, and a blocked level names a key task", () => {
    fc.assert(
      fc.property(blocArb, fc.nat(), (input, pick) => {
        fc.pre(input.tasks.length > 0);
        const target = input.tasks[pick % input.tasks.length] as Task;
        const asKey = {
          ...input,
          tasks: input.tasks.map((t) => (t.id === target.id ? { ...t, isKey: true } : t)),
        };
        const before = rankAgencies({
          ...input,
          tasks: input.tasks.map((t) => (t.id === target.id ? { ...t, isKey: false } : t)),
        });
        const after = rankAgencies(asKey);
        for (const unit of after.units) {
          const earlier = before.units.find((u) => u.unitId === unit.unitId)!;
          expect(levelOf(input, unit)).toBeGreaterThanOrEqual(levelOf(input, earlier));
          for (const block of unit.levelBlocks ?? [])
            expect(block.message).toMatch(/nhiệm vụ trọng tâm số \d+/);
        }
      }),
      { numRuns: 300 },
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
