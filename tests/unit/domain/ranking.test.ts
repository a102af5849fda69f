import { describe, expect, it } from "vitest";

import { type ScoringInput, type TieBreakRule, rankAgencies } from "@/domain/scoring";

import { line, makeInput, member, rules, scoredBloc, task } from "./scoring-fixtures";

function ranks(input: ScoringInput): Record<string, number> {
  return Object.fromEntries(rankAgencies(input).units.map((unit) => [unit.unitId, unit.rank]));
}

describe("competition ranking", () => {
  it.each([
    { name: "no ties", points: [2000, 1500, 1000, 500], expected: [1, 2, 3, 4] },
    { name: "tie at the top", points: [2000, 2000, 1500, 1000], expected: [1, 1, 3, 4] },
    { name: "tie in the middle", points: [2000, 1500, 1500, 1000], expected: [1, 2, 2, 4] },
    { name: "tie at the bottom", points: [2000, 1500, 1000, 1000], expected: [1, 2, 3, 3] },
    { name: "two ties", points: [2000, 2000, 1000, 1000], expected: [1, 1, 3, 3] },
    { name: "everyone tied", points: [1200, 1200, 1200, 1200], expected: [1, 1, 1, 1] },
    { name: "all zero scores still rank", points: [0, 0, 0], expected: [1, 1, 1] },
    { name: "input order does not matter", points: [500, 2000, 1000, 1500], expected: [4, 1, 3, 2] },
  ])("$name", ({ points, expected }) => {
    const byUnit = ranks(scoredBloc(points, { rules: rules({ tieBreaks: [] }) }));
    expect(points.map((_, i) => byUnit[`u${i + 1}`])).toEqual(expected);
  });

  it("an empty bloc gives an empty ranking", () => {
    const result = rankAgencies(makeInput());
    expect(result).toMatchObject({ units: [], pairs: [], excluded: [] });
    expect(result.awards.every((award) => award.candidateUnitIds.length === 0)).toBe(true);
  });

  it("a single member ranks first, alone", () => {
    const result = rankAgencies(scoredBloc([700]));
    expect(result.units.map((u) => [u.rank, u.sharedRank])).toEqual([[1, false]]);
    expect(result.pairs).toEqual([]);
  });

  it("orders a shared rank by Vietnamese name for display only (D < Đ < E)", () => {
    const members = [
      member("e", { name: "Ban E" }),
      member("dd", { name: "Ban Đ" }),
      member("d", { name: "Ban D" }),
    ];
    const result = rankAgencies(makeInput({ members }));
    expect(result.units.map((u) => [u.name, u.rank, u.sharedRank])).toEqual([
      ["Ban D", 1, true],
      ["Ban Đ", 1, true],
      ["Ban E", 1, true],
    ]);
  });
});

/** u1 and u2 always have the same total; they differ only in what the chain looks at. */
const equalTotals: { name: string; input: ScoringInput; separatedBy: TieBreakRule; upper: string }[] = [
  {
    name: "more task points",
    input: makeInput({
      members: [member("u1"), member("u2")],
      tasks: [task("u1", { completedOn: "2024-07-01" })],
      scoreLines: [line("u1", "II.1", 1000), line("u2", "II.1", 2000), line("u2", "II.2", 2000)],
    }),
    separatedBy: "moreTaskPoints",
    upper: "u1",
  },
  {
    name: "higher manual points",
    input: makeInput({
      members: [member("u1"), member("u2")],
      tasks: [task("u1", { completedOn: "2024-07-01" })],
      scoreLines: [line("u1", "II.1", 1000), line("u2", "II.1", 2000), line("u2", "II.2", 2000)],
    }),
    separatedBy: "higherManualPoints",
    upper: "u2",
  },
  {
    name: "fewer deductions",
    input: makeInput({
      members: [member("u1"), member("u2")],
      scoreLines: [line("u1", "II.1", 1000), line("u2", "II.1", 1300), line("u2", "V.1", 300)],
    }),
    separatedBy: "fewerDeductions",
    upper: "u1",
  },
  {
    name: "more bonus",
    input: makeInput({
      members: [member("u1"), member("u2")],
      scoreLines: [line("u1", "II.1", 1000), line("u2", "II.1", 800), line("u2", "IV.1", 200)],
    }),
    separatedBy: "moreBonus",
    upper: "u2",
  },
  {
    name: "more tasks on time",
    input: makeInput({
      members: [member("u1"), member("u2")],
      tasks: [
        task("u1"),
        task("u1", { status: "notDone" }),
        task("u2", { completedOn: "2024-07-09" }),
        task("u2", { completedOn: "2024-07-09" }),
      ],
    }),
    separatedBy: "moreTasksOnTime",
    upper: "u1",
  },
  {
    name: "fewer tasks not done",
    input: makeInput({
      members: [member("u1"), member("u2")],
      tasks: [
        task("u1"),
        task("u1", { status: "notDone" }),
        task("u2", { completedOn: "2024-07-09" }),
        task("u2", { completedOn: "2024-07-09" }),
      ],
    }),
    separatedBy: "fewerTasksNotDone",
    upper: "u2",
  },
  {
    name: "more ballot votes",
    input: makeInput({
      members: [member("u1"), member("u2")],
      ballots: [
        { unitId: "u1", awardCode: "CO_THI_DUA_UBND_TINH", votesFor: 3, votersPresent: 8 },
        { unitId: "u2", awardCode: "CO_THI_DUA_UBND_TINH", votesFor: 5, votersPresent: 8 },
      ],
    }),
    separatedBy: "moreBallotVotes",
    upper: "u2",
  },
];

describe("tie-break chain", () => {
  it.each(equalTotals)("$name separates equal totals", ({ input, separatedBy, upper }) => {
    const result = rankAgencies({ ...input, rules: rules({ tieBreaks: [separatedBy] }) });
    expect(result.units[0]?.total).toBe(result.units[1]?.total);
    expect(result.units.map((u) => [u.unitId, u.rank])).toEqual([
      [upper, 1],
      [upper === "u1" ? "u2" : "u1", 2],
    ]);
    expect(result.pairs[0]?.code).toBe(separatedBy);
  });

  it.each(equalTotals)("without a chain, $name leaves a shared rank", ({ input }) => {
    const result = rankAgencies({ ...input, rules: rules({ tieBreaks: [] }) });
    expect(result.units.map((u) => u.rank)).toEqual([1, 1]);
    expect(result.pairs[0]?.code).toBe("sharedRank");
  });

  it("a later rule decides when the earlier ones are equal", () => {
    const input = equalTotals.find((c) => c.separatedBy === "fewerDeductions")?.input ?? makeInput();
    const result = rankAgencies({
      ...input,
      rules: rules({ tieBreaks: ["moreTaskPoints", "moreBonus", "fewerDeductions"] }),
    });
    expect(result.pairs).toEqual([
      {
        upperUnitId: "u1",
        lowerUnitId: "u2",
        code: "fewerDeductions",
        message:
          "Sở u1 xếp trên Sở u2: bằng tổng điểm (10,00 điểm), phân định theo tiêu chí “ít điểm trừ hơn” (0,00 điểm so với 3,00 điểm).",
      },
    ]);
  });

  it("explains each adjacent pair: total, tie-break or shared rank", () => {
    const result = rankAgencies(
      scoredBloc([1500, 2000, 1500], { rules: rules({ tieBreaks: ["moreTaskPoints"] }) }),
    );
    expect(result.pairs.map((p) => [p.code, p.message])).toEqual([
      ["total", "Sở u2 xếp trên Sở u1: tổng điểm cao hơn (20,00 điểm so với 15,00 điểm)."],
      [
        "sharedRank",
        "Sở u1 và Sở u3 đồng hạng 2: bằng tổng điểm (15,00 điểm) và bằng nhau ở mọi tiêu chí phân định (nhiều điểm nhiệm vụ hơn).",
      ],
    ]);
  });
});
