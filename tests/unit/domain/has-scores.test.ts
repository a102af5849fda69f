import { describe, expect, it } from "vitest";
import { blocTrend, unitTrend, type YearResults } from "@/domain/rankings";
import { type Contribution, hasScores, yearHasScores } from "@/domain/scoring";

const line = (kind: Contribution["kind"], points: number): Contribution => ({ kind, points, label: kind });

describe("a unit without scores", () => {
  it.each([
    ["nothing at all", [], false],
    ["only missing-score lines", [line("missingScore", 0)], false],
    ["tasks that earned nothing and a penalty", [line("task", 0), line("taskDeduction", -100)], false],
    ["tasks not yet due", [line("taskExcluded", 0)], false],
    ["a score entered, even 0", [line("manual", 0)], true],
    ["a bonus entered", [line("bonus", 100)], true],
    ["a deduction entered", [line("deduction", -100)], true],
    ["a task completed", [line("task", 250)], true],
  ])("%s → has scores: %s", (_, contributions, expected) => {
    expect(hasScores({ contributions })).toBe(expected);
  });

  it("makes a year without scores when no ranked unit has any", () => {
    expect(yearHasScores({ units: [] })).toBe(false);
    expect(
      yearHasScores({ units: [{ contributions: [] }, { contributions: [line("manual", 0)] }] as never }),
    ).toBe(true);
  });

  it("shows no rank, share or bloc figures in a trend year without scores", () => {
    const unscored: YearResults = {
      year: 2026,
      maxPoints: 100_00,
      source: "provisional",
      seesAllUnits: true,
      unitCount: 2,
      units: [
        { unitId: "a", name: "A", rank: 1, sharedRank: true, scored: false, total: 0, classification: "KHT" },
        { unitId: "b", name: "B", rank: 1, sharedRank: true, scored: false, total: 0, classification: "KHT" },
      ],
    };
    expect(unitTrend([unscored], { unitId: "a" })[0]).toMatchObject({
      noScores: true,
      rank: null,
      percent: null,
      total: null,
      classification: null,
    });
    expect(blocTrend([unscored])[0]).toMatchObject({ medianPercent: null, highestPercent: null });
  });
});
