import { describe, expect, it } from "vitest";

import { formatPoints, formatShare } from "@/domain/scoring";

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
    [10000, "100%"],
    [5000, "50%"],
    [3750, "37,5%"],
    [3333, "33,33%"],
    [5001, "50,01%"],
    [10300, "103%"],
    [0, "0%"],
  ])("%i basis points → %s", (basisPoints, text) => {
    expect(formatShare(basisPoints)).toBe(text);
  });
});
