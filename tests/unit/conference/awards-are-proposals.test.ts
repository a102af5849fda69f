import { describe, expect, it } from "vitest";
import { buildResults, type ProposalFacts } from "@/domain/conference/results-table";
import type { RankingResult, UnitResult } from "@/domain/scoring";

const unit = (unitId: string, rank: number): UnitResult => ({
  unitId,
  name: `Sở ${unitId}`,
  rank,
  sharedRank: false,
  nodePoints: {},
  taskPoints: 0,
  manualPoints: 0,
  bonus: 0,
  deductions: 0,
  total: 10000 - rank,
  percentOfMax: 9000,
  tasksCounted: 0,
  tasksOnTime: 0,
  tasksNotDone: 0,
  ballotVotes: 0,
  classification: null,
  awards: [],
  contributions: [],
});

// The engine names A and B as candidates for the flag: a suggestion, never an award.
const result: RankingResult = {
  maxPoints: 10000,
  units: [unit("A", 1), unit("B", 2), unit("C", 3)],
  pairs: [],
  excluded: [],
  awards: [{ awardCode: "CO", awardName: "Cờ thi đua", quota: 2, candidateUnitIds: ["A", "B"] }],
};
const build = (proposals: ProposalFacts[]) =>
  buildResults({ source: { kind: "live", asOf: "2024-12-31" }, result, criteria: [], proposals });

describe("awards on the conference documents are the recorded proposals", () => {
  it("shows no award when no proposal was made, whatever the engine's candidates", () => {
    const results = build([]);
    expect(results.awards).toEqual([]);
    expect(results.rows.every((row) => row.awards.length === 0)).toBe(true);
  });

  it.each<[string, ProposalFacts["status"], boolean]>([
    ["a proposal for a unit the engine did not name", "PROPOSED", true],
    ["an approved proposal", "APPROVED", true],
    ["a rejected proposal", "REJECTED", false],
    ["a withdrawn proposal", "WITHDRAWN", false],
  ])("shows %s only while it stands, with its status", (_, status, shown) => {
    const results = build([{ unitId: "C", awardCode: "CO", status }]);
    expect(results.awards).toEqual(
      shown
        ? [
            {
              awardCode: "CO",
              awardName: "Cờ thi đua",
              units: [{ unitId: "C", name: "Sở C", rank: 3, total: 9997, status }],
            },
          ]
        : [],
    );
    expect(results.rows.map((row) => row.awards)).toEqual([[], [], shown ? ["Cờ thi đua"] : []]);
  });
});
