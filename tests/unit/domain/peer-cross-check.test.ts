import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CrossCheckCombine, type ScoreLine, rankAgencies, ScoringInputError } from "@/domain/scoring";
import { combineScores } from "@/domain/scoring/combine-scores";
import { contributionSum, makeInput, member, rules, unitOf } from "./scoring-fixtures";

describe("combining several scorers' cross-check scores", () => {
  it.each([
    { how: "mean", values: [1800, 1600, 1700], result: 1700 },
    { how: "mean", values: [1800, 1700], result: 1750 },
    { how: "mean", values: [1, 2], result: 2 }, // 1,5 hundredths: half up
    { how: "mean", values: [1000, 1000, 1001], result: 1000 }, // 1000,33…
    { how: "median", values: [1800, 1600, 1700], result: 1700 },
    { how: "median", values: [1800, 1600, 1700, 1000], result: 1650 }, // even: mean of the middle two
    { how: "median", values: [1, 2], result: 2 },
    { how: "trimmedMean", values: [2000, 1600, 1700, 500], result: 1650 }, // drops 2000 and 500
    { how: "trimmedMean", values: [2000, 500], result: 1250 }, // two scorers: nothing to drop
    { how: "trimmedMean", values: [2000, 1500, 500], result: 1500 },
    { how: "min", values: [1800, 1600, 1700], result: 1600 },
    { how: "mean", values: [1700], result: 1700 },
  ] as const)("$how of $values is $result", ({ how, values, result }) => {
    expect(combineScores(values, how)).toBe(result);
  });

  it("gives the same figure whatever order the scores arrive in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<CrossCheckCombine>("mean", "median", "trimmedMean", "min"),
        fc.integer(),
        (values, how, seed) => {
          const shuffled = [...values].sort((a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7));
          const figure = combineScores(values, how);
          expect(combineScores(shuffled, how)).toBe(figure);
          expect(figure).toBeGreaterThanOrEqual(Math.min(...values));
          expect(figure).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});

let sequence = 0;
const peerLine = (unitId: string, scorerUnitId: string, criterionId: string, points: number): ScoreLine => {
  sequence += 1;
  return { id: `p${sequence}`, unitId, criterionId, stage: "crossCheck", points, scorerUnitId };
};
const members = [
  member("u1", { name: "Sở Xây dựng" }),
  member("u2", { name: "Sở Công Thương" }),
  member("u3", { name: "Ban Quản lý dự án" }),
  member("u4", { name: "Sở Y tế" }),
];
const rank = (scoreLines: ScoreLine[], combine: CrossCheckCombine = "mean") =>
  rankAgencies(
    makeInput({
      members,
      scoreLines,
      rules: rules({ crossCheck: { scorers: "allMembers", combine, assignments: [] } }),
    }),
  );

/** u1 as ranked from these lines. */
const firstUnit = (scoreLines: ScoreLine[], combine?: CrossCheckCombine) =>
  unitOf(rank(scoreLines, combine), "u1");

describe("peer cross-checking in a ranking", () => {
  const threeScorers = () => [
    peerLine("u1", "u2", "II.1", 1800),
    peerLine("u1", "u3", "II.1", 1600),
    peerLine("u1", "u4", "II.1", 1700),
  ];

  it("combines three scorers (not 18 + 16 + 17 = 51 capped at 20) and names each in the explanation", () => {
    const unit = firstUnit(threeScorers());
    expect(unit.nodePoints["II.1"]).toBe(1700);
    expect(unit.total).toBe(1700);
    expect(contributionSum(unit)).toBe(unit.total);
    expect(unit.contributions.find((c) => c.criterionId === "II.1")?.label).toBe(
      "Tiêu chí II.1 “Phát động phong trào thi đua”, điểm kiểm tra chéo (trung bình của 3 đơn vị chấm: Sở Công Thương 18,00; Sở Y tế 17,00; Ban Quản lý dự án 16,00): 17,00 điểm",
    );
  });

  it.each([
    ["median", 1700],
    ["trimmedMean", 1700],
    ["min", 1600],
  ] as const)("by the %s: %i", (how, points) => {
    expect(firstUnit(threeScorers(), how).nodePoints["II.1"]).toBe(points);
  });

  it("adds up one scorer's lines before combining, and caps the combined figure at the maximum", () => {
    const unit = firstUnit([
      peerLine("u1", "u2", "II.1", 1500),
      peerLine("u1", "u2", "II.1", 1500),
      peerLine("u1", "u3", "II.1", 2000),
    ]);
    // (30,00 + 20,00) / 2 = 25,00, capped at II.1's 20,00.
    expect(unit.nodePoints["II.1"]).toBe(2000);
    expect(contributionSum(unit)).toBe(unit.total);
  });

  it("says a trimmed mean of two scorers drops nothing", () => {
    const unit = firstUnit(threeScorers().slice(0, 2), "trimmedMean");
    expect(unit.nodePoints["II.1"]).toBe(1700);
    expect(unit.contributions.find((c) => c.criterionId === "II.1")?.label).toContain(
      "(trung bình của 2 đơn vị chấm, chưa đủ 3 để bỏ điểm cao nhất và thấp nhất: Sở Công Thương 18,00; Ban Quản lý dự án 16,00)",
    );
  });

  it("lets the final score, when given, stand over the combined cross-check", () => {
    const final: ScoreLine = { id: "f1", unitId: "u1", criterionId: "II.1", stage: "final", points: 1900 };
    expect(firstUnit([...threeScorers(), final]).nodePoints["II.1"]).toBe(1900);
  });

  it("keeps one scorer's explanation as before: its own lines", () => {
    const unit = firstUnit([peerLine("u1", "u2", "II.1", 1800)]);
    expect(unit.nodePoints["II.1"]).toBe(1800);
    expect(unit.contributions.find((c) => c.criterionId === "II.1")?.label).toBe(
      "Tiêu chí II.1 “Phát động phong trào thi đua”, điểm kiểm tra chéo: 18,00 điểm",
    );
  });

  it("combines a deduction's cross-check like any criterion", () => {
    const unit = firstUnit([
      peerLine("u1", "u2", "II.1", 2000),
      peerLine("u1", "u2", "V.1", 300),
      peerLine("u1", "u3", "V.1", 100),
    ]);
    expect(unit.deductions).toBe(200);
    expect(unit.total).toBe(1800);
    expect(contributionSum(unit)).toBe(unit.total);
  });

  it.each([
    ["a unit scoring itself", peerLine("u1", "u1", "II.1", 1000), "đơn vị không chấm chéo chính mình"],
    ["a scorer outside the bloc", peerLine("u1", "x9", "II.1", 1000), "không là thành viên khối"],
    [
      "a scorer on a final line",
      {
        id: "f2",
        unitId: "u1",
        criterionId: "II.1",
        stage: "final",
        points: 1,
        scorerUnitId: "u2",
      } as ScoreLine,
      "chỉ điểm chấm chéo mới có đơn vị chấm",
    ],
  ])("refuses %s", (_name, line, message) => {
    expect(() => rank([line])).toThrow(ScoringInputError);
    expect(() => rank([line])).toThrow(message);
  });
});
