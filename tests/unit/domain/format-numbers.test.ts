import { describe, expect, it } from "vitest";

import {
  formatDeductions,
  formatPoints,
  formatShare,
  rankCell,
  rankHeading,
  rankPhrase,
} from "@/domain/format";

describe("Vietnamese number format", () => {
  it.each([
    [0, "0,00"],
    [5, "0,05"],
    [200, "2,00"],
    [9750, "97,50"],
    [100_000, "1.000,00"],
    [123_456_789, "1.234.567,89"],
    [-50, "-0,50"],
  ])("%i centipoints → %s", (centipoints, text) => {
    expect(formatPoints(centipoints)).toBe(text);
  });

  it.each([
    [10000, "100,00%"],
    [5000, "50,00%"],
    [3750, "37,50%"],
    [3333, "33,33%"],
    [5001, "50,01%"],
    [10300, "103,00%"],
    [0, "0,00%"],
    [-250, "-2,50%"],
  ])("%i basis points → %s, always two decimals", (basisPoints, text) => {
    expect(formatShare(basisPoints)).toBe(text);
  });

  it.each([
    [0, "0,00"],
    [100, "-1,00"],
    [1250, "-12,50"],
  ])("deductions of %i centipoints are written %s", (centipoints, text) => {
    expect(formatDeductions(centipoints)).toBe(text);
  });
});

describe("ranks", () => {
  it.each([
    [{ rank: 3, sharedRank: false }, "hạng 3", "Hạng 3", "3"],
    [{ rank: 2, sharedRank: true }, "đồng hạng 2", "Đồng hạng 2", "đồng hạng 2"],
  ])("%o is written %s / %s / %s", (facts, phrase, heading, cell) => {
    expect(rankPhrase(facts)).toBe(phrase);
    expect(rankHeading(facts)).toBe(heading);
    expect(rankCell(facts)).toBe(cell);
  });
});
