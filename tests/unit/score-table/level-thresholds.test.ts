import { describe, expect, it } from "vitest";
import { type ClassificationLevel, levelThresholdProblems } from "@/domain/scoring";

const level = (
  code: string,
  minPercentOfMax: number | null,
  minPoints: number | null,
): ClassificationLevel => ({
  code,
  label: code,
  minPercentOfMax,
  minPoints,
  minShareEveryCriterion: null,
  keyTasks: "any",
});

describe("levels checked against the table's maximum", () => {
  it.each([
    {
      name: "a points level above a percent level that is higher on this table",
      levels: [level("HTXS", null, 6000), level("HTT", 7000, null)],
      max: 10000,
      problem: {
        index: 1,
        message:
          "Các mức xếp loại xếp từ cao xuống thấp: ngưỡng của HTT (70,00 điểm trên thang 100,00 điểm) cao hơn mức trên HTXS (60,00 điểm).",
      },
    },
    {
      name: "a points level nobody can reach",
      levels: [level("HTXS", null, 15000), level("KHT", null, null)],
      max: 10000,
      problem: {
        index: 0,
        message:
          "Mức HTXS: ngưỡng 150,00 điểm vượt điểm tối đa của bảng điểm (100,00 điểm), không đơn vị nào đạt được.",
      },
    },
    {
      name: "69,99 % of 1000 points rounds up to 699,90 points, still below 700,00",
      levels: [level("HTT", null, 70000), level("HT", 6999, null)],
      max: 100000,
      problem: null,
    },
    {
      name: "percent, then points below it",
      levels: [level("A", 9000, null), level("B", null, 8000)],
      max: 10000,
      problem: null,
    },
    { name: "no table yet: nothing to compare", levels: [level("A", null, 90000)], max: 0, problem: null },
  ])("$name", ({ levels, max, problem }) => {
    expect(levelThresholdProblems(levels, max)).toEqual(problem ? [problem] : []);
  });
});
