import { describe, expect, it } from "vitest";
import { batchLines } from "@/server/backup/batch-lines";

describe("batchLines", () => {
  it.each([
    ["no lines: no batch", [], 10, []],
    ["all fit: one batch", ["ab", "cd"], 10, [["ab", "cd"]]],
    ["exactly the limit stays together", ["abcde", "fghij"], 10, [["abcde", "fghij"]]],
    ["one over the limit starts a new batch", ["abcde", "fghijk"], 10, [["abcde"], ["fghijk"]]],
    [
      "a line longer than the limit goes alone",
      ["a", "x".repeat(25), "b"],
      10,
      [["a"], ["x".repeat(25)], ["b"]],
    ],
  ])("%s", (_, lines, max, expected) => {
    expect([...batchLines(lines, max)]).toEqual(expected);
  });
});
