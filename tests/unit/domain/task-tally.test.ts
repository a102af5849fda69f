import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type RankingResult,
  type ScoringInput,
  ScoringInputError,
  hasScores,
  rankAgencies,
  tallyTasks,
} from "@/domain/scoring";
import { blocArb } from "./scoring-arbitraries";

/**
 * The input with its tasks given as tallies (tallyTasks), as a database's grouping query would,
 * and its key tasks one by one, as the query loads them.
 */
function tallied(input: ScoringInput): ScoringInput {
  const taskTallies = tallyTasks({
    tasks: input.tasks,
    members: input.members,
    asOf: input.asOf,
    rule: input.rules.taskCompletion,
  });
  return { ...input, tasks: [], taskTallies, keyTasks: input.tasks.filter((task) => task.isKey) };
}

/** Everything a ranking says but the explanation lines, which are per task in one and per tally in the other. */
function withoutLines(result: RankingResult) {
  return {
    ...result,
    units: result.units.map(({ contributions, ...unit }) => ({
      ...unit,
      scored: hasScores({ contributions }),
    })),
  };
}

describe("a ranking from task tallies", () => {
  it("equals the ranking from the tasks themselves: points, ranks, tie-breaks, awards, counts", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        expect(withoutLines(rankAgencies(tallied(input)))).toEqual(withoutLines(rankAgencies(input)));
      }),
      { numRuns: 400 },
    );
  });

  it("without explanation text (figures only), is the same ranking line for line, each line's text left empty", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        for (const given of [input, tallied(input)]) {
          const explained = rankAgencies(given);
          const figures = rankAgencies(given, { explain: false });
          const unexplained = {
            ...explained,
            units: explained.units.map((unit) => ({
              ...unit,
              contributions: unit.contributions.map((line) => ({ ...line, label: "" })),
            })),
          };
          expect(figures).toEqual(unexplained);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("explains each tally by its count, state and points, and the lines add up to the total", () => {
    fc.assert(
      fc.property(blocArb, (input) => {
        for (const unit of rankAgencies(tallied(input)).units) {
          const sum = unit.contributions.reduce((total, line) => total + line.points, 0);
          expect(sum).toBe(unit.total);
          for (const line of unit.contributions.filter((l) => l.kind === "task" || l.kind === "taskExcluded"))
            expect(line.label).toMatch(/^\d+ nhiệm vụ /);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("refuses tallies given beside tasks, and a count or a sum no list of tasks could give", () => {
    const input = fc.sample(
      blocArb.filter((bloc) => bloc.tasks.length > 0),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const valid = tallied(input);
    const first = valid.taskTallies![0]!;
    expect(() => rankAgencies({ ...valid, tasks: input.tasks })).toThrow(ScoringInputError);
    for (const broken of [
      { count: 0 },
      { weight: first.count - 1 },
      { weightedShare: first.weight * 10000 + 1 },
      { daysLate: -1 },
    ])
      expect(() => rankAgencies({ ...valid, taskTallies: [{ ...first, ...broken }] })).toThrow(
        ScoringInputError,
      );
  });
});
