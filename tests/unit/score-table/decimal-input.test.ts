import { describe, expect, it } from "vitest";
import { formatHundredthsInput, parseHundredths } from "@/domain/score-table/decimal-input";

describe("parseHundredths", () => {
  it.each([
    ["12,5", 1250],
    ["12,50", 1250],
    ["0,05", 5],
    ["100", 10000],
    ["1.000", 100000],
    ["1.000,25", 100025],
    ["12.5", 1250],
    [" 50,01 ", 5001],
    ["0", 0],
  ])("reads %j as %i hundredths", (text, expected) => {
    expect(parseHundredths(text)).toBe(expected);
  });

  it.each(["", "-1", "12,345", "abc", "1,2,3", "1e3", "12,", ",5", "1.0000"])("refuses %j", (text) => {
    expect(parseHundredths(text)).toBeNull();
  });

  it.each([
    [1250, "12,5"],
    [10000, "100"],
    [5001, "50,01"],
    [0, "0"],
    [100025, "1000,25"],
  ])("writes %i back as %j, which reads back the same", (value, text) => {
    expect(formatHundredthsInput(value)).toBe(text);
    expect(parseHundredths(text)).toBe(value);
  });
});
