import { describe, expect, it } from "vitest";
import { medianOf, percentOfMax, sectionMedians, type SectionPoints } from "@/domain/rankings";

describe("medianOf", () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 3],
    [[1, 2], 2],
    [[1, 4], 3],
    [[6000, 0, 3000, 4500, 6000], 4500],
    [[-3, -2], -2],
    [[5, 5, 5, 5], 5],
  ])("of %j is %s (even counts: mean of the middle two, rounded half up)", (values, expected) => {
    expect(medianOf(values)).toBe(expected);
  });

  it("leaves its input in the order it was given", () => {
    const values = [3, 1, 2];
    medianOf(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("sectionMedians", () => {
  const units: SectionPoints[] = [
    { nodePoints: { I: 6000, II: 1000 }, total: 7000 },
    { nodePoints: { I: 3000, II: 2000 }, total: 5000 },
    { nodePoints: { I: 4500 }, total: 4500 },
    { nodePoints: { I: 5000, II: 500 }, total: 5500 },
  ];

  it("takes the median of each section, a missing node counting as 0, and of the total", () => {
    expect(sectionMedians(units, ["I", "II"])).toEqual({ bySection: { I: 4750, II: 750 }, total: 5250 });
  });

  it("gives null medians for a bloc with nobody ranked", () => {
    expect(sectionMedians([], ["I"])).toEqual({ bySection: { I: null }, total: null });
  });
});

describe("percentOfMax", () => {
  it.each([
    [9750, 10000, 9750],
    [975, 1000, 9750],
    [10500, 10000, 10500],
    [1, 30000, 0],
    [2, 30000, 0],
    [3, 30000, 1],
    [69999, 100000, 6999],
    [-1, 10000, -1],
    [500, 0, null],
  ])("re-bases %i of %i to %s basis points", (points, max, expected) => {
    expect(percentOfMax(points, max)).toBe(expected);
  });
});
